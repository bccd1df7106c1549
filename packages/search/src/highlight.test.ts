import { describe, expect, it } from 'vitest';
import { MATCH_END as E, MATCH_START as S, segmentsFromMarked, wholeWordSegments } from './highlight.ts';

const whole = (marked: string) => wholeWordSegments(segmentsFromMarked(marked));

describe('wholeWordSegments', () => {
  it('widens a matched prefix or inner span to the whole word', () => {
    expect(whole(`${S}Helm${E}et Aero`)).toEqual([{ text: 'Helmet', match: true }, { text: ' Aero', match: false }]);
    expect(whole(`Kids ${S}Bik${E}e`)).toEqual([{ text: 'Kids ', match: false }, { text: 'Bike', match: true }]);
    expect(whole(`Car${S}bo${E}n Road`)).toEqual([{ text: 'Carbon', match: true }, { text: ' Road', match: false }]);
  });
  it('keeps punctuation and accents where they were, and leaves whole words alone', () => {
    expect(whole(`${S}Caf${E}é Racer`)).toEqual([{ text: 'Café', match: true }, { text: ' Racer', match: false }]);
    expect(whole(`Puncture-${S}pro${E}of`)).toEqual([{ text: 'Puncture-', match: false }, { text: 'proof', match: true }]);
    expect(whole(`${S}Helmet${E} ${S}Aero${E}`)).toEqual([{ text: 'Helmet', match: true }, { text: ' ', match: false }, { text: 'Aero', match: true }]);
    expect(whole('no match')).toEqual([{ text: 'no match', match: false }]);
  });
});
