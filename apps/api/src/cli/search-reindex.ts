// `pnpm search:reindex`: rebuilds the search index of the configured engine from the catalog
// of the configured database, with a progress bar on the terminal.
import { reindexAll } from '@tandem/core/search';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { createSearchEngine } from '@tandem/search/from-env';
import { readEnv } from '../env.ts';
import { progressReporter } from './progress-bar.ts';

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const engine = createSearchEngine(process.env, db.prisma);
const progress = progressReporter('products');
try {
  console.error(`Reindexing into ${engine.name}…`);
  const result = await reindexAll(db.prisma, engine, { onProgress: progress.onProgress });
  progress.end();
  console.error(`Indexed ${result.indexed} products in ${result.seconds.toFixed(1)} s (${Math.round(result.indexed / Math.max(result.seconds, 0.001))} docs/s).`);
} finally {
  await engine.close?.();
  await db.close();
}
