// Backups of the embedded database: PGlite's data folder as one gzipped tarball (its own
// dumpDataDir), and a restore into a new folder (loadDataDir). A PostgreSQL server is backed up
// with pg_dump instead (docs/deploy.md). PGlite has one user at a time: stop the API first.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../pglite-extensions.ts';

/**
 * Writes the database in `dataDir` to `file` (a .tar.gz); resolves to its size in bytes.
 *
 * @example await dumpPglite('.data/pglite', 'backups/shop-2026-12-07.tar.gz')
 */
export async function dumpPglite(dataDir: string, file: string): Promise<number> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`${dataDir} holds no PGlite database.`);
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  try {
    const tarball = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, tarball);
    return tarball.length;
  } finally {
    await pglite.close();
  }
}

/**
 * Restores a dump made by `dumpPglite` into `dataDir`, which must be missing or empty: a restore
 * never overwrites a database (move the old folder aside first).
 *
 * @example await restorePglite('backups/shop-2026-12-07.tar.gz', '.data/pglite')
 */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) throw new Error(`${dataDir} is not empty: move it aside, then restore into the empty folder.`);
  await mkdir(dataDir, { recursive: true });
  const tarball = new Blob([await readFile(file)]);
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: tarball });
  try {
    // Opening proves the restored files are a database.
    await pglite.query('SELECT 1');
  } finally {
    await pglite.close();
  }
}
