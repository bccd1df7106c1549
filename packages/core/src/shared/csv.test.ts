import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and LF or CRLF line ends', () => {
    expect(fields('a,b,c\n1,2,3\r\n4,5,6')).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fields('id,title\n1,"Saddle, carbon"\n2,"The ""Pro"" bar"\n3,"two\r\nlines"\n')).toEqual([
      ['id', 'title'],
      ['1', 'Saddle, carbon'],
      ['2', 'The "Pro" bar'],
      ['3', 'two\r\nlines'],
    ]);
  });

  it('drops a byte-order mark and skips blank lines', () => {
    expect(fields('\uFEFFid,title\n\n1,x\n\n')).toEqual([['id', 'title'], ['1', 'x']]);
  });

  it('keeps empty fields, quoted or not, including a trailing one', () => {
    expect(fields('a,"",c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('numbers each record by the line it starts on', () => {
    expect(parseCsv('h\n"multi\nline"\nnext').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(fields('12" wheel,x')).toEqual([['12" wheel', 'x']]);
  });

  it('reports an unterminated quote and text after a closing quote', () => {
    expect(() => parseCsv('id,title\n1,"never closed\n2,x')).toThrow(/opened on line 2 is never closed/);
    expect(() => parseCsv('1,"a"b')).toThrow(/after a closing quote on line 1/);
  });
});
