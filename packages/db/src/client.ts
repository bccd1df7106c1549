// The one place that decides which PostgreSQL Tandem talks to: embedded PGlite on disk when
// DATABASE_URL is unset, a PostgreSQL server when it is set. Both go through a Prisma driver
// adapter, so the rest of the code base cannot tell them apart.
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client.ts';
import { repoRoot } from './migrate/migration-files.ts';
import { loadPglite } from './pglite-modules.ts';
import { PostgresAdapterFactory } from './postgres-adapter.ts';
import { listenOnPostgres } from './postgres-listen.ts';
import type { TemplateLocation } from './template/migrated-template.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throw-away database. Default `.data/pglite`. */
  dataDir?: string | undefined;
  /** Connection pool size for PostgreSQL. */
  poolSize?: number | undefined;
  /** PGlite's shared_buffers, e.g. `16MB` (the default, `PGLITE_SHARED_BUFFERS`). */
  pgliteSharedBuffers?: string | undefined;
  /**
   * Where a new PGlite database's migrated template is looked for (default
   * `.data/pglite-template`, made by `pnpm db:template`); false to create it with initdb and
   * leave every migration pending.
   */
  template?: TemplateLocation | false | undefined;
}

/** An open database: the Prisma client plus what migrations and shutdown need. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (delivered when the notifying transaction
   * commits, from this process or any other), and `onReconnect` when the listening connection
   * came back after a drop (notifications may have been missed: catch up). Resolves to the
   * function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  /** The connection pool now (PostgreSQL; null for embedded PGlite, which has one session): for metrics. */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
}

/** Connections of the pool: open ones, idle ones among them, and queries waiting for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export const defaultDataDir = path.join(repoRoot, '.data/pglite');

/**
 * PGlite's shared_buffers unless the caller sets one; written into the data directory's
 * postgresql.conf at every open. PGlite's own default, 160 MB, is held inside its WebAssembly
 * memory for the life of the process; its files live on the host's file system, whose page
 * cache keeps them warm anyway, so a second cache that size buys little. 16 MB cut the idle demo
 * API's resident memory by about 120 MB (docs/decisions.md, "API memory").
 */
export const DEFAULT_PGLITE_SHARED_BUFFERS = '16MB';

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const adapterFactory = new PostgresAdapterFactory({ connectionString: options.url, max: options.poolSize ?? 10 });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      kind: 'postgres',
      prisma,
      adapterFactory,
      listen: (channel, onNotify, onReconnect) => listenOnPostgres(options.url!, channel, onNotify, onReconnect),
      poolStats: () => adapterFactory.poolStats(),
      close: () => prisma.$disconnect(),
    };
  }
  const { openPglite, PrismaPGlite } = await loadPglite();
  const pglite = await openPglite(options.dataDir ?? defaultDataDir, {
    postgresqlconf: [`shared_buffers = ${options.pgliteSharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS}`],
    template: options.template ?? {},
  });
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'pglite',
    prisma,
    adapterFactory,
    listen: async (channel, onNotify) => {
      const unlisten = await pglite.listen(channel, onNotify);
      return () => unlisten();
    },
    poolStats: () => null,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
