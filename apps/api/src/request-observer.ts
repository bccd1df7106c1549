// Wraps the API's request listener: gives each request its id (request-id.ts) and logger
// (request-log.ts), writes one access line when the response is done, and records its latency
// and status under a bounded route label — a tRPC procedure, a REST route template or a fixed
// name — that the handlers set with `labelRoute` as they recognise the request.
import type { IncomingMessage, RequestListener } from 'node:http';
import type { Logger } from './logger.ts';
import type { ApiMetrics } from './metrics.ts';
import { answerInternalError } from './internal-error.ts';
import { assignRequestId } from './request-id.ts';
import { bindRequestLog, logRequestInfo } from './request-log.ts';

const labels = new WeakMap<IncomingMessage, readonly string[]>();

/** Names what `req` is for the metrics and the access log: one label, or one per procedure of a tRPC batch. */
export function labelRoute(req: IncomingMessage, ...routes: string[]): void {
  labels.set(req, routes);
}

export interface RequestObserverOptions {
  logger: Logger;
  metrics?: ApiMetrics | undefined;
  /** Who may name the request id (client-address.ts createTrustedCallerCheck). */
  trustedCaller?: (req: IncomingMessage) => boolean;
}

/** `listener` with ids, loggers, access lines and metrics; a synchronous throw becomes a 500 instead of a crash. */
export function observeRequests(listener: RequestListener, { logger, metrics, trustedCaller }: RequestObserverOptions): RequestListener {
  return (req, res) => {
    const started = process.hrtime.bigint();
    assignRequestId(req, res, trustedCaller);
    bindRequestLog(req, logger);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const routes = labels.get(req) ?? ['other'];
      const method = req.method ?? '?';
      // A response cut before it finished (the client left) is counted as 499, as nginx does.
      const status = res.writableFinished ? res.statusCode : 499;
      for (const route of routes) metrics?.observeRequest(route, method, status, seconds);
      // The route label, never the URL: a query string may carry a shopper's input.
      if (logger.isLevelEnabled('info')) logRequestInfo(req, { method, route: routes.join(','), status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
    });
    try {
      listener(req, res);
    } catch (error) {
      answerInternalError(req, res, `${req.method ?? '?'} request`, error);
    }
  };
}
