// The answer to anything unexpected outside tRPC (webhook, media, feeds, sitemaps, widget,
// rings, health): the details go to the server log under the request id, the client gets a
// fixed sentence with that id, never the error itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalErrorMessage } from '@tandem/api';
import { requestIdOf } from './request-id.ts';
import { requestLog } from './request-log.ts';

/** Logs `error` with the request id and answers 500; a response already under way is cut instead. */
export function answerInternalError(req: IncomingMessage, res: ServerResponse, what: string, error: unknown): void {
  const requestId = requestIdOf(req);
  requestLog(req).error({ err: error }, `${what} failed`);
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
