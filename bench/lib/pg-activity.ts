// What PostgreSQL itself says about a load run: how many of the API's connections were waiting
// on a lock (sampled from pg_stat_activity over a connection of its own), what every connection
// was doing at each sample (running, waiting on a row lock, on the commit's WAL flush, or idle in
// a transaction while the API works), and the database's deadlock counter.
import { openDatabase, type PrismaClient } from '@tandem/db';

export interface LockSamples {
  samples: number;
  /** Connections of the database busy in a statement / waiting on a lock, mean and most seen in one sample. */
  meanActive: number;
  meanLockWaits: number;
  maxLockWaits: number;
  /**
   * Mean connections per state at a sample, largest first: `active` (running), `active Lock:transactionid`
   * (waiting on another transaction's row lock), `active IO:WALSync` (its commit's flush),
   * `idle in transaction Client:ClientRead` (a transaction open while the API works or the
   * next statement travels), … Idle connections outside a transaction are left out.
   */
  states: { state: string; mean: number }[];
}

export interface LockSampler {
  stop(): Promise<LockSamples>;
}

/** Samples the database at `url` every `intervalMs` until stopped. */
export async function startLockSampler(url: string, intervalMs = 20): Promise<LockSampler> {
  const db = await openDatabase({ url, poolSize: 1 });
  const rows: { active: number; waiting: number }[] = [];
  const stateCounts = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const connections = await db.prisma.$queryRawUnsafe<{ state: string | null; wait: string | null }[]>(
        `SELECT state, wait_event_type || ':' || wait_event AS wait
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      rows.push({
        active: connections.filter((c) => c.state === 'active').length,
        waiting: connections.filter((c) => c.wait?.startsWith('Lock:')).length,
      });
      for (const { state, wait } of connections) {
        if (state === 'idle') continue;
        const key = wait ? `${state} ${wait}` : String(state);
        stateCounts.set(key, (stateCounts.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop.finally(() => db.close());
      const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
      return {
        samples: rows.length,
        meanActive: mean(rows.map((r) => r.active)),
        meanLockWaits: mean(rows.map((r) => r.waiting)),
        maxLockWaits: Math.max(0, ...rows.map((r) => r.waiting)),
        states: [...stateCounts].map(([state, n]) => ({ state, mean: n / (rows.length || 1) })).sort((a, b) => b.mean - a.mean),
      };
    },
  };
}

/**
 * Deadlocks PostgreSQL detected in the current database so far. Backends report statistics at
 * most once a second, so read it a second or more after the work.
 */
export async function deadlocks(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ deadlocks: bigint | number | null }[]>(
    'SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(row?.deadlocks ?? 0);
}
