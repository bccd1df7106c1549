// Opens embedded PGlite, starting a new database as a copy of the migrated template when there
// is one (migrated-template.ts): PGlite's initdb and the migrations were most of a first start.
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../pglite-extensions.ts';
import { readTemplateTarball, templateDataDir, type TemplateLocation } from './migrated-template.ts';

export interface OpenPgliteOptions {
  /** Lines for the data directory's postgresql.conf. */
  postgresqlconf: string[];
  /** Where the template is looked for; false to create a new database with initdb. */
  template: TemplateLocation | false;
}

/**
 * Opens the PGlite database in `dataDir` (`memory://` for a throw-away one). A database that does
 * not exist yet (a missing or empty folder, or memory) starts as a copy of the template for the
 * migrations on disk: its data directory copied into the folder, or its tarball loaded into
 * memory. Without a template, or when using it fails, PGlite creates the database itself (initdb)
 * and the caller's migrations run as before.
 */
export async function openPglite(dataDir: string, options: OpenPgliteOptions): Promise<PGlite> {
  const create = (loadDataDir?: Blob) => PGlite.create(dataDir, { extensions: pgliteExtensions, postgresqlconf: options.postgresqlconf, ...(loadDataDir ? { loadDataDir } : {}) });
  if (options.template === false) return create();
  if (dataDir.startsWith('memory://')) {
    const tarball = await readTemplateTarball(options.template);
    return tarball ? create(tarball).catch(() => create()) : create();
  }
  await mkdir(dataDir, { recursive: true });
  if ((await readdir(dataDir)).length > 0) return create();
  const template = await templateDataDir(options.template);
  if (!template) return create();
  try {
    await cp(template, dataDir, { recursive: true });
    return await create();
  } catch {
    // A damaged template: what was copied into the folder (empty before) goes, and the database
    // is made the ordinary way.
    await Promise.all((await readdir(dataDir)).map((name) => rm(path.join(dataDir, name), { recursive: true, force: true })));
    return create();
  }
}
