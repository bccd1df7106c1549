// Requests Node's HTTP parser refuses before any handler sees them (headers over 16 KiB, a
// malformed request line or header, conflicting lengths): by default Node writes a bare status
// line with no body. The API answers them like every other refusal, in JSON with a request id.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

const REFUSALS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message: 'The request headers (or the URL) are too large. Send large input in a POST body.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'TIMEOUT', message: 'The request took too long to arrive.' },
};
const MALFORMED = { status: 400, code: 'BAD_REQUEST', message: 'The request is not well-formed HTTP.' };

/** The server's `clientError` listener: answers in JSON when the connection can still take it, else closes it. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection or one already answered has nobody left to tell.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, code, message } = REFUSALS[error.code ?? ''] ?? MALFORMED;
  const requestId = randomUUID();
  const body = JSON.stringify({ error: message, code, requestId });
  socket.end(
    [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, `X-Request-Id: ${requestId}`, 'Cache-Control: no-store', 'Connection: close', '', body].join('\r\n'),
  );
}
