// A small RFC 4180 CSV reader: quoted fields, doubled quotes inside quotes, commas and line
// breaks inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark. Feeds are trusted to be
// text, not to be tidy, so every malformed construct is reported with its line instead of
// being guessed at.
import { DomainError } from './errors.ts';

export interface CsvRecord {
  /** The line the record starts on (1 = the header line). */
  line: number;
  fields: string[];
}

/** Splits CSV text into records; blank lines are skipped. Throws on an unterminated quote. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < input.length) {
    const char = input[i];
    if (char === '"' && field === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= input.length) throw new DomainError('invalid_input', `CSV: the quoted field opened on line ${quoteLine} is never closed.`);
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const after = input[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        throw new DomainError('invalid_input', `CSV: unexpected text after a closing quote on line ${line}.`);
      }
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || fields.length) endRecord();
  return records;
}

/** One CSV line (no line end): fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields
    .map((field) => {
      const text = field === null || field === undefined ? '' : String(field);
      // A leading =, + or @ makes spreadsheets run the cell as a formula: prefix a quote (readers
      // that round-trip, like the catalog import, drop it again).
      const safe = /^[=+@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}
