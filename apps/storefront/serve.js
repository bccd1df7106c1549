// @ts-check
// The storefront's production server: adapter-node's `handler` (its documented custom-server
// entry) behind the page cache's lookup, which answers fresh anonymous copies straight from the
// store before SvelteKit builds a request (docs/decisions.md, "Page-cache hits before SvelteKit").
// Plain JavaScript so `node serve.js` runs it without a build step; the lookup itself is
// TypeScript in src/lib/server/page-cache/cached-page-lookup.ts, registered when the handler loads.
// Settings as adapter-node's own entry: HOST, PORT, SHUTDOWN_TIMEOUT (s), KEEP_ALIVE_TIMEOUT and
// HEADERS_TIMEOUT (s).
import http from 'node:http';
import { handler } from './build/handler.js';

/** @typedef {{ status: number; headers: [string, string][]; body: Uint8Array | null }} CachedAnswer */
/** @typedef {(request: http.IncomingMessage) => Promise<CachedAnswer | null>} CachedPageLookup */

const lookup = /** @type {CachedPageLookup | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for('tandem.storefront.cachedPageLookup')]);
const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownTimeoutS = Number(process.env.SHUTDOWN_TIMEOUT || 30);

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function notFound(req, res) {
  res.statusCode = 404;
  res.end('Not found');
}

const server = http.createServer(async (req, res) => {
  /** @type {CachedAnswer | null} */
  let answer = null;
  try {
    answer = lookup ? await lookup(req) : null;
  } catch (error) {
    // The cache is an optimisation: anything wrong with it leaves the request to SvelteKit.
    console.error('Page cache lookup failed:', error);
  }
  if (!answer) return void handler(req, res, () => notFound(req, res));
  // Node takes raw headers as one flat list of names and values.
  res.writeHead(answer.status, answer.headers.flat());
  res.end(answer.body ?? undefined);
});
if (process.env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT) * 1000;
if (process.env.HEADERS_TIMEOUT) server.headersTimeout = Number(process.env.HEADERS_TIMEOUT) * 1000;

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

/** Stops taking requests, lets the running ones finish (at most SHUTDOWN_TIMEOUT), then tells SvelteKit's hooks. */
function shutdown() {
  server.closeIdleConnections();
  // @ts-expect-error SvelteKit's custom event is not in Node's typed list
  server.close(() => process.emit('sveltekit:shutdown', 'SIGTERM'));
  setTimeout(() => server.closeAllConnections(), shutdownTimeoutS * 1000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
