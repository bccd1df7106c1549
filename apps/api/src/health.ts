import { readSearchStatus } from '@tandem/core/search';
import { migrationState, type Database } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { kind: string; reachable: boolean; error?: string };
  migrations: { applied: number; pending: string[] } | null;
  /**
   * The search engine, in counts only (its address, key and error texts stay in the log and the
   * admin). Null before the migrations are applied. Search being down does not make the API
   * unhealthy: catalog, cart and checkout still work, and a balancer should keep routing to it.
   */
  search: SearchHealth | null;
}

export interface SearchHealth {
  engine: string;
  reachable: boolean;
  documents: number | null;
  /** Catalog changes waiting to reach search, and the oldest one's age in seconds. */
  waitingSyncs: number;
  lagSeconds: number;
  /** Failed sync jobs and failed engine tasks among the latest few (details: admin → Catalog → Search). */
  failures: number;
}

/**
 * Whether the database answers and every migration on disk has been applied, plus a line for
 * the search engine. The report is public: why the database or the engine did not answer
 * (hosts, ports, driver text) goes to `logFailure`.
 */
export async function checkHealth(db: Database, logFailure: (error: unknown) => void, engine?: SearchEngine): Promise<HealthReport> {
  try {
    await db.prisma.$queryRaw`SELECT 1`;
    const state = await migrationState(db.prisma);
    return {
      status: state.upToDate ? 'ok' : 'degraded',
      database: { kind: db.kind, reachable: true },
      migrations: { applied: state.applied.length, pending: state.pending },
      search: engine && state.upToDate ? await searchHealth(db, engine, logFailure) : null,
    };
  } catch (error) {
    logFailure(error);
    return {
      status: 'degraded',
      database: { kind: db.kind, reachable: false, error: 'The database did not answer; the server log has the details.' },
      migrations: null,
      search: null,
    };
  }
}

async function searchHealth(db: Database, engine: SearchEngine, logFailure: (error: unknown) => void): Promise<SearchHealth> {
  const status = await readSearchStatus(db.prisma, engine, new Date(), logFailure);
  return {
    engine: status.engine,
    reachable: status.reachable,
    documents: status.documents,
    waitingSyncs: status.waitingSyncs,
    lagSeconds: status.lagSeconds,
    failures: status.failedSyncs.length + status.engineFailures.length,
  };
}
