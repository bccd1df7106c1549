// Limits on what one request may ask of the API before any procedure runs: how many calls a tRPC
// batch holds and how many bytes a body has. A body is read as a stream and reading stops at the
// limit (a declared Content-Length over it is refused before a byte is read), so a 20 MB body
// costs the server nothing past the limit. Refusals are 413/400 with a message a client can show.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseTrpc, replyJson } from './refusals.ts';

/** Calls one batched tRPC request may hold; web-kit's client splits its batches to this size. */
export const MAX_TRPC_BATCH = 10;
/** Bytes of a tRPC body for everything but the staff uploads below. */
export const MAX_TRPC_BODY_BYTES = 1024 * 1024;
/** Bytes of a payment webhook body; providers send a few KiB. */
export const MAX_WEBHOOK_BODY_BYTES = 512 * 1024;

/**
 * Staff uploads that carry whole files as JSON text, with the body limit each needs: the zod
 * limit of the text (validators) as UTF-8 with JSON escaping, rounded up. Granted only to a
 * staff session with the procedure's permission (upload-grant.ts).
 */
export const UPLOAD_BODY_BYTES: Readonly<Record<string, number>> = {
  'adminCatalog.images.upload': 8 * 1024 * 1024, // 7,000,000 base64 characters
  'adminCatalog.csv.startImport': 48 * 1024 * 1024, // 20,000,000 characters of CSV
  'offers.importFeed': 48 * 1024 * 1024, // 20,000,000 characters of feed
  'adminPersonalization.importHistory': 112 * 1024 * 1024, // 50,000,000 characters of history
};

/** The procedure paths of a tRPC request URL (`/trpc/a.b,c.d?batch=1`); null when the path is not valid percent-encoding. */
export function trpcPathsOf(url: URL): string[] | null {
  let paths: string;
  try {
    paths = decodeURIComponent(url.pathname.slice('/trpc/'.length));
  } catch {
    return null;
  }
  return url.searchParams.get('batch') === '1' ? paths.split(',') : [paths];
}

/**
 * The body limit of a tRPC request: the largest upload limit among the upload calls it was
 * granted (a client may batch an upload with a query), else MAX_TRPC_BODY_BYTES.
 */
export function trpcBodyLimit(grantedUploads: readonly string[]): number {
  return Math.max(MAX_TRPC_BODY_BYTES, ...grantedUploads.map((path) => UPLOAD_BODY_BYTES[path] ?? 0));
}

/**
 * The body of a request, or null when it is larger than `maxBytes` (answered 413, in `errorBody`'s
 * shape when given, else tRPC's) or the client broke off.
 */
export function readBoundedBody(req: IncomingMessage, res: ServerResponse, maxBytes: number, errorBody?: TooLargeBody): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    refuseTooLarge(req, res, maxBytes, errorBody);
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd).pause();
      refuseTooLarge(req, res, maxBytes, errorBody);
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    // The client went away or broke the body's framing (Node's clientError answered that): a
    // client's doing, with nobody left to answer, so not a server failure to log.
    req.on('data', onData).on('end', onEnd).once('error', () => resolve(null));
  });
}

/** Answers 400 to a tRPC batch of more than MAX_TRPC_BATCH calls, in tRPC's error shape. */
export function refuseLargeBatch(req: IncomingMessage, res: ServerResponse, calls: number): void {
  refuseTrpc(req, res, 400, 'BAD_REQUEST', `A request may batch at most ${MAX_TRPC_BATCH} calls; this one had ${calls}. Send them in smaller batches.`);
}

// The rest of the body is never read: the connection closes once the answer is out.
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number, errorBody: TooLargeBody | undefined): void {
  const message = `The request body is larger than ${formatBytes(maxBytes)}, the most this request may send.`;
  res.setHeader('Connection', 'close');
  if (errorBody) replyJson(res, 413, errorBody(message), () => req.destroy());
  else refuseTrpc(req, res, 413, 'PAYLOAD_TOO_LARGE', message, () => req.destroy());
}

/** The body of a 413 answer in the caller's error shape (REST has its own; tRPC's is the default). */
export type TooLargeBody = (message: string) => unknown;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}
