// The logger of one request: the server's logger with the request's id on every line, so the
// lines about one request (and the front end's, which sent the same id) can be found together.
import type { IncomingMessage } from 'node:http';
import { log, type Logger } from './logger.ts';
import { requestIdOf } from './request-id.ts';

const servers = new WeakMap<IncomingMessage, Logger>();
const loggers = new WeakMap<IncomingMessage, Logger>();

/**
 * Names the server's `logger` as the one `requestLog(req)` derives from; request-observer.ts
 * calls it first thing. The child with the id is made only when something logs about the
 * request: most requests log nothing but their access line, and a child per request cost
 * about 2 % of a cached read's CPU (README "Figures", stop 20).
 */
export function bindRequestLog(req: IncomingMessage, logger: Logger): void {
  servers.set(req, logger);
}

/**
 * Writes one info line about `req` with its id, as `requestLog(req).info` would, without making
 * a child logger for it when none exists yet (the access line of every request).
 */
export function logRequestInfo(req: IncomingMessage, fields: Record<string, unknown>, message: string): void {
  const child = loggers.get(req);
  if (child) child.info(fields, message);
  else (servers.get(req) ?? log).info({ reqId: requestIdOf(req), ...fields }, message);
}

/** The request's logger: a child of the server's (else the process's) logger carrying its id. */
export function requestLog(req: IncomingMessage): Logger {
  let child = loggers.get(req);
  if (!child) {
    child = (servers.get(req) ?? log).child({ reqId: requestIdOf(req) });
    loggers.set(req, child);
  }
  return child;
}
