import { migrationState, type Database } from '@tandem/db';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { kind: string; reachable: boolean; error?: string };
  migrations: { applied: number; pending: string[] } | null;
}

/**
 * Whether the database answers and every migration on disk has been applied. The report is
 * public: why the database did not answer (hosts, ports, driver text) goes to `logFailure`.
 */
export async function checkHealth(db: Database, logFailure: (error: unknown) => void): Promise<HealthReport> {
  try {
    await db.prisma.$queryRaw`SELECT 1`;
    const state = await migrationState(db.prisma);
    return {
      status: state.upToDate ? 'ok' : 'degraded',
      database: { kind: db.kind, reachable: true },
      migrations: { applied: state.applied.length, pending: state.pending },
    };
  } catch (error) {
    logFailure(error);
    return {
      status: 'degraded',
      database: { kind: db.kind, reachable: false, error: 'The database did not answer; the server log has the details.' },
      migrations: null,
    };
  }
}
