// Opening the Online Retail log for the evaluation: a plain or gzipped CSV streamed line by line
// through core's reader, with the skipped rows counted by reason.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { emptyRetailReport, readOnlineRetail, retailHistory, type RetailHistory, type RetailReadReport } from '@tandem/core/personalization';

/** Reads `file` (`.csv` or `.csv.gz`) into interactions and products for a split at `splitAt`. */
export async function loadRetailLog(file: string, splitAt: Date): Promise<{ history: RetailHistory; report: RetailReadReport }> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const report = emptyRetailReport();
  const history = await retailHistory(readOnlineRetail(createInterface({ input, crlfDelay: Infinity }), report), splitAt);
  return { history, report };
}
