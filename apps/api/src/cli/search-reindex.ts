// `pnpm search:reindex`: rebuilds the search index of the configured engine from the catalog
// of the configured database, with a progress bar on the terminal.
import { reindexAll, type ReindexProgress } from '@tandem/core/search';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { createSearchEngine } from '@tandem/search';
import { readEnv } from '../env.ts';

function progressBar({ done, total }: ReindexProgress, startedAt: number): string {
  const width = 30;
  const ratio = total ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)} %  ${done}/${total} products  ${rate} docs/s`;
}

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const engine = createSearchEngine(process.env, db.prisma);
const startedAt = performance.now();
const tty = process.stderr.isTTY;
let lastLine = 0;
try {
  console.error(`Reindexing into ${engine.name}…`);
  const result = await reindexAll(db.prisma, engine, {
    onProgress: (progress) => {
      if (tty) process.stderr.write(`\r${progressBar(progress, startedAt)}`);
      else if (progress.done === progress.total || performance.now() - lastLine > 2_000) {
        lastLine = performance.now();
        console.error(progressBar(progress, startedAt));
      }
    },
  });
  if (tty) process.stderr.write('\n');
  console.error(`Indexed ${result.indexed} products in ${result.seconds.toFixed(1)} s (${Math.round(result.indexed / Math.max(result.seconds, 0.001))} docs/s).`);
} finally {
  await engine.close?.();
  await db.close();
}
