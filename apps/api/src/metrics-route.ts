// GET /metrics for Prometheus, on the API's own port but only with `Authorization: Bearer
// <METRICS_TOKEN>` (compared in constant time). Without a configured token the route does not
// exist (404): the figures (procedure names, queue depths, traffic) are for the operator only.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What answers /metrics. */
export interface MetricsRouteOptions {
  /** METRICS_TOKEN; unset turns the route off. */
  token?: string | undefined;
  /** The exposition text: this process's registry, or the whole cluster's (cluster-metrics.ts). */
  render: () => Promise<{ contentType: string; body: string }>;
}

/** The /metrics handler, or null when `req` is not a GET of it. */
export function createMetricsRoute(options: MetricsRouteOptions | undefined) {
  const expected = options?.token ? digest(options.token) : null;
  return (req: IncomingMessage, res: ServerResponse, pathname: string): (() => Promise<void>) | null => {
    if (pathname !== '/metrics' || req.method !== 'GET' || !options || !expected) return null;
    return async () => {
      const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!presented || !timingSafeEqual(digest(presented), expected)) {
        res.statusCode = 401;
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ error: 'The metrics need the bearer token METRICS_TOKEN.', code: 'UNAUTHORIZED' }));
        return;
      }
      const { contentType, body } = await options.render();
      res.statusCode = 200;
      res.setHeader('Content-Type', contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    };
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
