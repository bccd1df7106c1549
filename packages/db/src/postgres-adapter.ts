// @prisma/adapter-pg runs migration scripts by splitting them on every ";", which breaks
// PL/pgSQL function bodies (see the roll-up trigger migration). PostgreSQL's simple query
// protocol runs a multi-statement script as one implicit transaction, which is exactly what a
// migration wants, so scripts are sent whole instead.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import pg from 'pg';

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

export class PostgresAdapterFactory extends PrismaPg {
  // The pools of the connections made so far (Prisma's, a migration's); each connection owns its
  // pool and ends it when disposed, which also releases a migration's session advisory lock.
  private readonly pools = new Set<pg.Pool>();

  override async connect(): Promise<PgAdapter> {
    const adapter = sendScriptsWhole(await super.connect());
    // By shape, not instanceof: the adapter may load its own copy of pg.
    const pool = adapter.underlyingDriver() as unknown as pg.Pool;
    if (typeof pool.totalCount === 'number') this.pools.add(pool);
    return adapter;
  }

  /** Connections of the pools still open, added up: for metrics (null before the first query). */
  poolStats(): { total: number; idle: number; waiting: number } | null {
    const open = [...this.pools].filter((pool) => !pool.ended);
    this.pools.clear();
    for (const pool of open) this.pools.add(pool);
    if (open.length === 0) return null;
    const sum = (count: (pool: pg.Pool) => number) => open.reduce((total, pool) => total + count(pool), 0);
    return { total: sum((p) => p.totalCount), idle: sum((p) => p.idleCount), waiting: sum((p) => p.waitingCount) };
  }

  override async connectToShadowDb(): Promise<PgAdapter> {
    return sendScriptsWhole(await super.connectToShadowDb());
  }
}

function sendScriptsWhole<T extends SqlDriverAdapter & { underlyingDriver(): { query(sql: string): Promise<unknown> } }>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}
