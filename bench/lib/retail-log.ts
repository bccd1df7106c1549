// Opening the Online Retail log for the evaluation: a plain or gzipped CSV streamed line by line
// through core's reader, with the skipped rows counted by reason.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { emptyRetailReport, readOnlineRetail, retailHistory, type RetailHistory, type RetailReadReport } from '@tandem/core/personalization';
import { csvLine } from '@tandem/core/shared';

/**
 * Reads `file` (`.csv` or `.csv.gz`) into interactions and products for a split at `splitAt`;
 * with `skippedFile`, every skipped row is written there as `line,reason,row` (the row as read).
 */
export async function loadRetailLog(file: string, splitAt: Date, skippedFile?: string): Promise<{ history: RetailHistory; report: RetailReadReport }> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const report = emptyRetailReport();
  const out = skippedFile ? createWriteStream(skippedFile) : null;
  out?.write(`${csvLine(['line', 'reason', 'row'])}\n`);
  const onSkip = out ? ({ line, reason, text }: { line: number; reason: string; text: string }) => void out.write(`${csvLine([line, reason, text])}\n`) : undefined;
  const history = await retailHistory(readOnlineRetail(createInterface({ input, crlfDelay: Infinity }), report, { onSkip }), splitAt);
  if (out) await closed(out);
  return { history, report };
}

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
