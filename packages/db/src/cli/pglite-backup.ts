// `pnpm db:dump <file>` and `pnpm db:restore <file>`: back up and restore the embedded PGlite
// database (PGLITE_DATA_DIR, default .data/pglite). Stop the API first: PGlite has one user.
import path from 'node:path';
import { defaultDataDir } from '../client.ts';
import { dumpPglite, restorePglite } from '../backup/pglite-backup.ts';

// pnpm runs this in packages/db; relative paths mean the folder the command was typed in.
const here = process.env.INIT_CWD ?? process.cwd();
const [command, given] = process.argv.slice(2);
const file = given && path.resolve(here, given);
const dataDir = process.env.PGLITE_DATA_DIR ? path.resolve(here, process.env.PGLITE_DATA_DIR) : defaultDataDir;

if (process.env.DATABASE_URL) {
  console.error('DATABASE_URL is set: back up a PostgreSQL server with pg_dump / pg_restore (docs/deploy.md).');
  process.exit(1);
}
if ((command !== 'dump' && command !== 'restore') || !file) {
  console.error('Usage: pnpm db:dump <file.tar.gz> | pnpm db:restore <file.tar.gz>   (PGLITE_DATA_DIR picks the database folder)');
  process.exit(1);
}
try {
  if (command === 'dump') {
    const bytes = await dumpPglite(dataDir, file);
    console.log(`Wrote ${dataDir} to ${file} (${(bytes / 1_048_576).toFixed(1)} MB).`);
  } else {
    await restorePglite(file, dataDir);
    console.log(`Restored ${file} into ${dataDir}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
