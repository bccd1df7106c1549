// The API's answers to requests it refuses at the edge, before a route or procedure runs: always
// JSON, always quoting the request id of the `X-Request-Id` header, so a client can show the
// message and support can find the request. tRPC paths answer in tRPC's error shape (what tRPC
// clients read); everything else in the shape of `answerInternalError`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdOf } from './request-id.ts';

// JSON-RPC codes tRPC uses for these tRPC code names.
const JSON_RPC_CODES: Readonly<Record<string, number>> = { BAD_REQUEST: -32600, PAYLOAD_TOO_LARGE: -32600, METHOD_NOT_SUPPORTED: -32005, NOT_FOUND: -32004 };

/** Answers `status` in tRPC's error shape: `{ error: { message, code, data: { code, httpStatus, requestId } } }`. */
export function refuseTrpc(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, then?: () => void): void {
  const requestId = requestIdOf(req);
  replyJson(res, status, { error: { message, code: JSON_RPC_CODES[code] ?? -32600, data: { code, httpStatus: status, fieldErrors: null, requestId } } }, then);
}

/** Answers `status` outside tRPC: `{ error: message, code, requestId }`. */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  replyJson(res, status, { error: message, code, requestId: requestIdOf(req) });
}

/** Answers `status` with `body` as JSON, never cached. */
export function replyJson(res: ServerResponse, status: number, body: unknown, then?: () => void): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body), then);
}
