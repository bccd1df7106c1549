// Draining the HTTP server on shutdown: stop accepting connections, let requests under way
// finish, and close each keep-alive connection as soon as it has no request, so a balancer
// retries elsewhere instead of waiting. Connections still busy at the deadline are cut.
import type { Server } from 'node:http';

/**
 * Closes `server` gracefully within `timeoutMs`. Resolves once every connection is gone, with
 * how many had to be cut at the deadline (0 when all requests finished in time).
 *
 * @example const { cut } = await drainServer(server, 10_000)
 */
export function drainServer(server: Server, timeoutMs: number): Promise<{ cut: number }> {
  return new Promise((resolve) => {
    let cut = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ cut });
    };
    // server.close() closes idle connections once; a connection whose request finishes later
    // would wait for its keep-alive timeout, so idle ones are swept until none is left.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      server.getConnections((error, open) => {
        cut = error ? 1 : Math.max(open, 1);
        server.closeAllConnections();
      });
    }, timeoutMs);
    server.close(() => finish());
    server.closeIdleConnections();
  });
}
