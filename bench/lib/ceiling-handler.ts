// The ceiling's request handler: the same paths answered with the same bytes from memory, as
// tRPC answers them (200, application/json), anything else a 404. Used in the benchmark's own
// process (servers.ts) and as a process of its own (ceiling-process.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';

export function ceilingHandler(bodies: ReadonlyMap<string, string>): (req: IncomingMessage, res: ServerResponse) => void {
  const encoded = new Map([...bodies].map(([path, body]) => [path, Buffer.from(body)]));
  return (req, res) => {
    const body = encoded.get(req.url ?? '');
    if (!body) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
    res.end(body);
  };
}
