// The migrated-PGlite template: a tarball of an embedded database on which every migration in
// prisma/migrations has run, made once by the build step (scripts/start.sh, scripts/start.mjs,
// the test setup) so a first start loads it instead of running initdb and the migrations
// (docs/decisions.md, "A migrated template for the first start"). Its file name carries a hash
// of the migrations and of PGlite's version, so a template made from other migrations is never
// found, let alone loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir as defaultMigrationsDir, readMigrationList, repoRoot } from '../migrate/migration-files.ts';
import { applyPendingMigrations } from '../migrate/migrations.ts';
import { pgliteExtensions } from '../pglite-extensions.ts';

/** Where templates are kept unless told otherwise: beside the default data directory, never committed. */
export const defaultTemplateDir = path.join(repoRoot, '.data/pglite-template');

const pgliteVersion: string = (() => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
})();

/**
 * The template's key: a hash of PGlite's version, the extensions it loads and every migration's
 * folder name and SQL, so any change to one of them names another file.
 */
export function templateKey(migrations: MigrationList): string {
  const hash = createHash('sha256');
  hash.update(`pglite ${pgliteVersion}\nextensions ${Object.keys(pgliteExtensions).sort().join(',')}\n`);
  hash.update(`lock ${migrations.lockfile.content ?? ''}\n`);
  for (const migration of migrations.migrationDirectories) {
    const sql = migration.migrationFile.content.tag === 'ok' ? migration.migrationFile.content.value : '';
    hash.update(`${migration.path}\n${sql.length}\n${sql}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

export interface TemplateLocation {
  /** The folder holding the template (default `.data/pglite-template`). */
  dir?: string | undefined;
  /** The migrations it is made from (default `prisma/migrations`). */
  migrationsDir?: string | undefined;
}

/** The template in its two forms, whether or not they exist yet. */
export interface TemplatePaths {
  /** A PGlite data directory, copied into a new on-disk database: a native copy, no untarring. */
  dataDir: string;
  /** The same database as PGlite's tarball, loaded into a new in-memory database (tests). */
  tarball: string;
}

/** Where the template for the migrations now on disk is. */
export async function templatePaths(location: TemplateLocation = {}): Promise<TemplatePaths> {
  const migrations = await readMigrationList(location.migrationsDir ?? defaultMigrationsDir);
  const dataDir = path.join(location.dir ?? defaultTemplateDir, `migrated-${templateKey(migrations)}`);
  return { dataDir, tarball: `${dataDir}.tar` };
}

/** The template's data directory for the migrations on disk, or null when it was not made. */
export async function templateDataDir(location: TemplateLocation = {}): Promise<string | null> {
  const { dataDir } = await templatePaths(location);
  return existsSync(path.join(dataDir, 'PG_VERSION')) ? dataDir : null;
}

/** The template's tarball for the migrations on disk, or null when there is none or it cannot be read. */
export async function readTemplateTarball(location: TemplateLocation = {}): Promise<Blob | null> {
  const bytes = await readFile((await templatePaths(location)).tarball).catch(() => null);
  return bytes && bytes.length > 0 ? new Blob([bytes]) : null;
}

/**
 * Makes the template for the migrations on disk unless it is there already, and removes the
 * templates of other migrations. Both forms are made under temporary names and renamed, so a
 * concurrent reader or maker never sees half of one.
 *
 * @example const { dataDir, built } = await buildTemplate(); // built: false when it was up to date
 */
export async function buildTemplate(location: TemplateLocation = {}): Promise<TemplatePaths & { built: boolean }> {
  const paths = await templatePaths(location);
  if ((await templateDataDir(location)) && (await stat(paths.tarball).catch(() => null))?.size) return { ...paths, built: false };
  const partial = `${paths.dataDir}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const pglite = await PGlite.create(partial, { extensions: pgliteExtensions });
  try {
    await applyPendingMigrations(new PrismaPGlite(pglite), location.migrationsDir ?? defaultMigrationsDir);
    // Uncompressed: a few tens of MB on disk, but no gunzip on every load (tests load it per file).
    await writeFile(`${partial}.tar`, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  } finally {
    await pglite.close();
  }
  await rename(`${partial}.tar`, paths.tarball);
  await rm(paths.dataDir, { recursive: true, force: true });
  await rename(partial, paths.dataDir);
  await removeOtherTemplates(paths);
  return { ...paths, built: true };
}

async function removeOtherTemplates(current: TemplatePaths): Promise<void> {
  const dir = path.dirname(current.dataDir);
  const keep = new Set([path.basename(current.dataDir), path.basename(current.tarball)]);
  const others = (await readdir(dir)).filter((name) => name.startsWith('migrated-') && !name.includes('.partial') && !keep.has(name));
  await Promise.all(others.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}
