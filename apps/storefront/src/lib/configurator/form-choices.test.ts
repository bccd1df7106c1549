import { describe, expect, it } from 'vitest';
import { choicesFromForm } from './form-choices';

const definition = {
  groups: [
    { id: 'frame', kind: 'single', label: 'Frame', help: '', required: true, options: [] },
    { id: 'extras', kind: 'multiple', label: 'Extras', help: '', min: 0, max: 2, options: [] },
    { id: 'crank', kind: 'measurement', label: 'Crank', help: '', unit: 'mm', min: 165, max: 175, step: 2.5, default: 170 },
    { id: 'name', kind: 'text', label: 'Name', help: '', minLength: 0, maxLength: 10, allowedCharacters: 'abc' },
  ],
} as const;

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('choicesFromForm', () => {
  it('reads each kind of group by its field name', () => {
    const choices = choicesFromForm(definition as never, form([['g.frame', 'aero'], ['g.extras', 'bell'], ['g.extras', 'cage'], ['g.crank', '172,5'], ['g.name', ' Ab ']]));
    expect(choices).toEqual({ frame: 'aero', extras: ['bell', 'cage'], crank: 172.5, name: ' Ab ' });
  });

  it('leaves out what was not sent and passes unparsable numbers on as text', () => {
    expect(choicesFromForm(definition as never, form([['g.crank', 'long'], ['other', 'x']]))).toEqual({ extras: [], crank: 'long' });
  });
});
