// Test helper: an HTTP proxy in front of stripe-mock that records what the SDK sends on the
// wire (stripe-mock itself is stateless and cannot tell) and can answer with a chosen error.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Form fields of the body (Stripe's v1 API is form-encoded). */
  form: URLSearchParams;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  /** The next request is answered with this status and a Stripe-shaped error, not forwarded. */
  failNext(status: number, error: { type: string; message: string; code?: string }): void;
  close(): Promise<void>;
}

export async function startRecordingProxy(targetPort: number): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  let failure: { status: number; body: string } | null = null;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: incoming.method ?? '', path: incoming.url ?? '', headers: incoming.headers, form: new URLSearchParams(body.toString()) });
      if (failure) {
        const { status, body: errorBody } = failure;
        failure = null;
        outgoing.writeHead(status, { 'content-type': 'application/json' }).end(errorBody);
        return;
      }
      const upstream = request(
        { host: '127.0.0.1', port: targetPort, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      upstream.on('error', (error) => outgoing.writeHead(502).end(error.message));
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    failNext: (status, error) => (failure = { status, body: JSON.stringify({ error }) }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the SDK keeps connections alive
      }),
  };
}
