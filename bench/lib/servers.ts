// The HTTP servers under test: the real API (tRPC over a database) and the ceiling, a bare
// node:http server answering the same paths with the same bytes from memory.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import type { ApiServices } from '@tandem/api';
import { createApiServer, type ApiServerOptions } from '@tandem/api-server/server';
import type { Database } from '@tandem/db';
import { TEST_STOREFRONT_URL } from '@tandem/db/testing';
import { ceilingHandler } from './ceiling-handler.ts';

export interface RunningServer {
  origin: string;
  /**
   * Resolves once no request is being handled. When a load round ends, the load generator
   * drops its connections but the server is still working on the requests they had sent;
   * waiting for those keeps one target's backlog out of the next target's round.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The real API server on `db`, on a free port of 127.0.0.1, in this process; the embedded adapters unless `services` names others. */
export async function startApiServer(db: Database, mediaDir: string, services: Partial<ApiServerOptions['services']> = {}): Promise<RunningServer & { services: ApiServices }> {
  const server = createApiServer({ db, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), ...services } });
  return { ...(await listen(server)), services: server.services };
}

/** Serves `bodies` (path → JSON text) as tRPC does: 200, application/json. Anything else is a 404. */
export function startCeilingServer(bodies: ReadonlyMap<string, string>): Promise<RunningServer> {
  return listen(http.createServer(ceilingHandler(bodies)));
}

/**
 * Counts requests from arrival to `res.end()`. The tRPC adapter always ends the response once
 * the procedure has run, even when the client has gone, so this is when the work is over
 * (the response's 'close' event fires as soon as the client disconnects, too early).
 */
function trackInFlight(server: http.Server): () => Promise<void> {
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    const end = res.end;
    res.end = function (this: http.ServerResponse, ...args: unknown[]) {
      res.end = end;
      if (--inFlight === 0) for (const wake of waiters.splice(0)) wake();
      return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    } as typeof res.end;
  });
  return () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
}

function listen(server: http.Server): Promise<RunningServer> {
  const idle = trackInFlight(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        idle,
        close: async () => {
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeAllConnections();
          await closed;
          await idle();
        },
      });
    });
  });
}
