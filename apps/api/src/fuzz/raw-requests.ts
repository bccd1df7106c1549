// Test support for the API fuzzers: requests a browser or fetch would refuse to send or would
// tidy up — raw paths with broken percent-encoding, bytes that are not UTF-8, oversized and
// malformed headers — sent with node:http (path kept as given) or a bare socket (anything goes).
import http from 'node:http';
import net from 'node:net';
import type { Answer } from './response-checks.ts';

export interface RawRequest {
  method?: string;
  /** Sent exactly as given: no normalisation of `..`, no re-encoding. */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

/**
 * Sends `request` with node:http, which keeps the path as given, on a connection of its own: a
 * reused keep-alive connection that the server times out just as a request goes out fails on
 * the client's side, which a loaded CI machine turned into false findings.
 */
export function sendRaw(baseUrl: string, request: RawRequest): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const req = http.request({ host: hostname, port, method: request.method ?? 'GET', path: request.path, headers: request.headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, requestId: single(res.headers['x-request-id']), contentType: res.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve(noAnswer(error)));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve(noAnswer(error)));
    req.end(request.body);
  });
}

/** Writes `bytes` on a bare connection and reads the answer (which must close the connection or give a length). */
export function sendBytes(baseUrl: string, bytes: string | Buffer): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const done = () => resolve(parseResponse(Buffer.concat(chunks)));
    socket.setTimeout(30_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const parsed = parseResponse(Buffer.concat(chunks));
      if (parsed.complete) {
        socket.destroy();
        resolve(parsed);
      }
    });
    socket.on('close', done);
    socket.on('error', () => done());
    socket.end(bytes);
  });
}

function parseResponse(raw: Buffer): Answer & { complete: boolean } {
  const text = raw.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return { ...noAnswer(new Error(`no answer (received ${JSON.stringify(text.slice(0, 80))})`)), complete: false };
  const [statusLine = '', ...headerLines] = text.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const body = text.slice(split + 4);
  const length = Number(headers['content-length'] ?? NaN);
  return {
    status: Number(statusLine.split(' ')[1] ?? 0),
    requestId: headers['x-request-id'] ?? null,
    contentType: headers['content-type'] ?? '',
    body: headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body,
    complete: Number.isFinite(length) && Buffer.byteLength(body) >= length,
  };
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (end < 0 || !size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 4 + size);
  }
}

function noAnswer(error: Error): Answer {
  return { status: 0, requestId: null, contentType: '', body: `no answer: ${error.message}` };
}

function single(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
