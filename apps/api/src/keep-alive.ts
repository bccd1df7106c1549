// How long the API keeps an idle keep-alive connection open. The storefront and admin call it
// through Node's fetch (undici), which pools sockets and reuses one until it has sat idle for the
// server's advertised `Keep-Alive: timeout` minus a second: 4 s against Node's default of 5 s.
// Under load a client's idle timer fires late, it sends on a socket the API closed a moment
// before, and the call fails with ECONNRESET. At 65 s the sockets of a busy pool are reused long
// before either side gives up on them (the figure load balancers use for the same race).
import type http from 'node:http';

export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Above the keep-alive timeout, as Node requires for a request that starts as the timeout ends. */
export const HEADERS_TIMEOUT_MS = KEEP_ALIVE_TIMEOUT_MS + 1_000;

/** `server` with the API's keep-alive and header timeouts. */
export function withKeepAliveTimeouts<T extends http.Server>(server: T): T {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return server;
}
