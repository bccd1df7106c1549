// Streams the Online Retail log line by line (never the whole file in memory): checks the
// header, classifies each line, yields the kept ones and counts every skipped one by reason.
// The caller opens the file (plain or gzipped) and may list skipped rows through `onSkip`.
import { DomainError, parseCsv } from '../shared/index.ts';
import { classifyRetailRow, ONLINE_RETAIL_COLUMNS, type RetailLine, type RetailSkipReason } from './online-retail.ts';

/** What a read of the log found, filled in as the lines go by. */
export interface RetailReadReport {
  /** Data lines read (the header not counted). */
  lines: number;
  sales: number;
  cancellations: number;
  skipped: Partial<Record<RetailSkipReason, number>>;
}

export interface RetailReadOptions {
  /** Called for each skipped line with its 1-based line number (the header is line 1) and text. */
  onSkip?: (skip: { line: number; reason: RetailSkipReason; text: string }) => void;
}

/** An empty report to pass to {@link readOnlineRetail}. */
export function emptyRetailReport(): RetailReadReport {
  return { lines: 0, sales: 0, cancellations: 0, skipped: {} };
}

/**
 * Yields the sales and cancellations of the log, in file order, while `report` counts them.
 *
 * @example for await (const line of readOnlineRetail(readline.createInterface({ input }), report)) …
 */
export async function* readOnlineRetail(lines: AsyncIterable<string>, report: RetailReadReport, options: RetailReadOptions = {}): AsyncGenerator<RetailLine> {
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber++;
    if (lineNumber === 1) {
      const header = text.replace(/^\uFEFF/, '').split(',').map((name) => name.trim());
      if (header.join(',') !== ONLINE_RETAIL_COLUMNS.join(',')) throw new DomainError('invalid_input', `Not an Online Retail log: the header must be ${ONLINE_RETAIL_COLUMNS.join(',')}.`);
      continue;
    }
    if (text.trim() === '') continue;
    report.lines++;
    const row = classifyRetailRow(fieldsOf(text));
    if (!row.ok) {
      report.skipped[row.reason] = (report.skipped[row.reason] ?? 0) + 1;
      options.onSkip?.({ line: lineNumber, reason: row.reason, text });
      continue;
    }
    if (row.line.cancellation) report.cancellations++;
    else report.sales++;
    yield row.line;
  }
}

// The log has no line breaks inside quotes, so each line is one record; an unterminated quote
// makes the line malformed (no fields) rather than swallowing the lines after it.
function fieldsOf(text: string): string[] {
  try {
    return parseCsv(text)[0]?.fields ?? [];
  } catch {
    return [];
  }
}
