// What PostgreSQL itself says about a load run: how many of the API's connections were waiting
// on a lock (sampled from pg_stat_activity over a connection of its own) and the database's
// deadlock counter.
import { openDatabase, type PrismaClient } from '@tandem/db';

export interface LockSamples {
  samples: number;
  /** Connections of the database busy in a statement / waiting on a lock, mean and most seen in one sample. */
  meanActive: number;
  meanLockWaits: number;
  maxLockWaits: number;
}

export interface LockSampler {
  stop(): Promise<LockSamples>;
}

/** Samples the database at `url` every `intervalMs` until stopped. */
export async function startLockSampler(url: string, intervalMs = 20): Promise<LockSampler> {
  const db = await openDatabase({ url, poolSize: 1 });
  const rows: { active: number; waiting: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const [row] = await db.prisma.$queryRawUnsafe<{ active: bigint | number; waiting: bigint | number }[]>(
        `SELECT count(*) FILTER (WHERE state = 'active') AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock') AS waiting
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      rows.push({ active: Number(row?.active ?? 0), waiting: Number(row?.waiting ?? 0) });
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
