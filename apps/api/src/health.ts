import { migrationState, type Database } from '@tandem/db';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { kind: string; reachable: boolean; error?: string };
  migrations: { applied: number; pending: string[] } | null;
}

/** Whether the database answers and every migration on disk has been applied. */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    await db.prisma.$queryRaw`SELECT 1`;
    const state = await migrationState(db.prisma);
    return {
      status: state.upToDate ? 'ok' : 'degraded',
      database: { kind: db.kind, reachable: true },
      migrations: { applied: state.applied.length, pending: state.pending },
    };
  } catch (error) {
    return {
      status: 'degraded',
      database: { kind: db.kind, reachable: false, error: error instanceof Error ? error.message : String(error) },
      migrations: null,
    };
  }
}
