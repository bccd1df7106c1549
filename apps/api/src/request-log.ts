// The logger of one request: the server's logger with the request's id on every line, so the
// lines about one request (and the front end's, which sent the same id) can be found together.
import type { IncomingMessage } from 'node:http';
import { log, type Logger } from './logger.ts';
import { requestIdOf } from './request-id.ts';

const loggers = new WeakMap<IncomingMessage, Logger>();

/** Gives `req` a child of `logger` that carries its id; request-observer.ts calls it first thing. */
export function bindRequestLog(req: IncomingMessage, logger: Logger): Logger {
  const child = logger.child({ reqId: requestIdOf(req) });
  loggers.set(req, child);
  return child;
}

/** The request's logger (bound by the server; else the process's logger with the id). */
export function requestLog(req: IncomingMessage): Logger {
  return loggers.get(req) ?? bindRequestLog(req, log);
}
