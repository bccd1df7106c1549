import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { csvCell, toCsv } from './csv-write.ts';

describe('CSV writing', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas in text but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-250)).toBe('-250');
  });

  it('round-trips through the CSV reader', () => {
    const rows = [['Kessel, "Co"', 'line\r\nbreak', 12], ['', null, -3]];
    const parsed = parseCsv(toCsv(['name', 'note', 'amount'], rows));
    expect(parsed.map((r) => r.fields)).toEqual([['name', 'note', 'amount'], ['Kessel, "Co"', 'line\r\nbreak', '12'], ['', '', '-3']]);
  });
});
