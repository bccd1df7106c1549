// Conditional GET for the partner-facing routes: a strong ETag from the body, 304 when it matches.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A strong ETag of a response body. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** True when the client's copy is current (the caller has set every other header already). */
export function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** Sends `body` with its ETag, or a bodiless 304 when the client has it. */
export function sendCacheable(req: IncomingMessage, res: ServerResponse, body: string, contentType: string, etag = etagOf(body)): void {
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (notModified(req, etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType);
  res.end(req.method === 'HEAD' ? undefined : body);
}
