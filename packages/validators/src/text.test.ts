import { describe, expect, it } from 'vitest';
import { line, multiline, NOT_ALLOWED_CHARACTERS, secret } from './text.ts';

const refusal = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

describe('text helpers', () => {
  it('refuse NUL, other control characters and lone surrogates, with one field message', () => {
    for (const schema of [line(), multiline(), secret()]) {
      for (const bad of ['a\u0000b', 'a\u0007', '\u001b[0m', 'a\u007f', 'a\u0085', 'a\ud800', '\udc00b']) {
        expect(refusal(schema.safeParse(bad)), JSON.stringify(bad)).toEqual([NOT_ALLOWED_CHARACTERS]);
      }
    }
  });

  it('keep line breaks and tabs only in multi-line text', () => {
    expect(multiline().parse('one\r\ntwo\tthree\n')).toBe('one\r\ntwo\tthree\n');
    for (const bad of ['one\ntwo', 'one\rtwo', 'a\tb']) expect(line().safeParse(bad).success).toBe(false);
  });

  it('store text in one Unicode form (NFC), but never change a password', () => {
    expect(line().parse('Rene\u0301e')).toBe('Ren\u00e9e');
    expect(multiline().parse('Cafe\u0301')).toBe('Caf\u00e9');
    expect(secret().parse('Rene\u0301e')).toBe('Rene\u0301e');
  });

  it('accept characters outside the basic plane (surrogate pairs)', () => {
    expect(line().parse('bike 🚲')).toBe('bike 🚲');
  });
});
