// Every request gets an id, echoed in the `X-Request-Id` response header, quoted in error
// answers and written on the server log lines about the request, so a shopper's "reference"
// leads support to the details. The id of a trusted caller (the storefront or admin server with
// the internal secret, a configured proxy) is kept when it looks like one, so one id follows a
// page from the front end's log into the API's; anyone else's is replaced.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Letters, digits, dot, dash, underscore: nothing that could forge or break a log line.
const INCOMING_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$/;

const ids = new WeakMap<IncomingMessage, string>();

/**
 * Takes a sane incoming `X-Request-Id` from a trusted caller (else makes one), echoes it in the
 * response and remembers it for the request.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, trusted: (req: IncomingMessage) => boolean = () => false): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) && trusted(req) ? incoming : randomUUID();
  ids.set(req, id);
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The id `assignRequestId` gave the request. */
export function requestIdOf(req: IncomingMessage): string {
  const id = ids.get(req);
  if (id) return id;
  const fresh = randomUUID();
  ids.set(req, fresh);
  return fresh;
}
