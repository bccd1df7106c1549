// The health endpoints. /health/live: the process answers (a supervisor restarts it when this
// fails). /health/ready: it can serve — the database answers, every migration is applied, the
// search engine answers when one is configured, and it is not shutting down — so a balancer
// sends traffic only then. /health keeps its report as before (status 200 when the database and
// migrations are fine; search is a line in it, never a reason for 503).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';
import { checkHealth, type HealthReport } from './health.ts';
import { requestLog } from './request-log.ts';

export interface HealthRoutesOptions {
  db: Database;
  search?: SearchEngine | undefined;
  /** True once the process has begun to shut down (main.ts): readiness fails at once. */
  isShuttingDown?: () => boolean;
}

/** The handler of the three health paths, or null for any other path. */
export function createHealthRoutes({ db, search, isShuttingDown = () => false }: HealthRoutesOptions) {
  const report = (req: IncomingMessage) => checkHealth(db, (error) => requestLog(req).error({ err: error }, 'health: a dependency did not answer'), search);
  return (req: IncomingMessage, res: ServerResponse, pathname: string): (() => Promise<void>) | null => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    if (pathname === '/health') {
      return async () => {
        const health = await report(req);
        send(res, health.status === 'ok' ? 200 : 503, health);
      };
    }
    if (pathname === '/health/live') return async () => send(res, 200, { status: 'ok' });
    if (pathname === '/health/ready') {
      return async () => {
        if (isShuttingDown()) return send(res, 503, { status: 'unavailable', reason: 'shutting down' });
        const health = await report(req);
        const ready = readiness(health);
        send(res, ready.ready ? 200 : 503, { status: ready.ready ? 'ok' : 'unavailable', reason: ready.reason, database: health.database, migrations: health.migrations, search: health.search && { engine: health.search.engine, reachable: health.search.reachable } });
      };
    }
    return null;
  };
}

/** Whether a process with this report should get traffic, and if not, the first reason why. */
export function readiness(health: HealthReport): { ready: boolean; reason?: string } {
  if (!health.database.reachable) return { ready: false, reason: 'the database does not answer' };
  if (!health.migrations || health.migrations.pending.length > 0) return { ready: false, reason: 'migrations are pending' };
  if (health.search && !health.search.reachable) return { ready: false, reason: 'the search engine does not answer' };
  return { ready: true };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(res.req.method === 'HEAD' ? undefined : JSON.stringify(body));
}
