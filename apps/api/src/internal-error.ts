// The answer to anything unexpected outside tRPC (webhook, media, feeds, sitemaps, widget,
// rings, health): the details go to the server log under the request id, the client gets a
// fixed sentence with that id, never the error itself.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { internalErrorMessage } from '@tandem/api';
import { assignRequestId, requestIdOf } from './request-id.ts';

/** Logs `error` with the request id and answers 500; a response already under way is cut instead. */
export function answerInternalError(req: IncomingMessage, res: ServerResponse, what: string, error: unknown): void {
  const requestId = requestIdOf(req);
  console.error(`${what} failed (request ${requestId}):`, error);
  // A stream that broke half-way cannot get a status any more.
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify({ error: internalErrorMessage(requestId), code: 'INTERNAL_SERVER_ERROR', requestId }));
}

/** Gives every request its id and turns a synchronous throw of `listener` into a 500 instead of a crash. */
export function withRequestIds(listener: RequestListener): RequestListener {
  return (req, res) => {
    assignRequestId(req, res);
    try {
      listener(req, res);
    } catch (error) {
      answerInternalError(req, res, `${req.method ?? '?'} request`, error);
    }
  };
}
