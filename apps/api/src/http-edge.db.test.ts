// What the fuzzer found at the HTTP edge, one case each: requests that are not well-formed get a
// 4xx in JSON that quotes the request id, never a 500 or a bare answer from Node's parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from './log-capture.test-support.ts';
import { startFuzzTarget, type FuzzTarget } from './fuzz/fuzz-target.ts';
import { sendBytes, sendRaw } from './fuzz/raw-requests.ts';
import type { Answer } from './fuzz/response-checks.ts';

let target: FuzzTarget;
const logs = captureLogs();

beforeAll(async () => {
  target = await startFuzzTarget({ logger: logs.logger });
});
afterAll(() => target.close());

/** The answer's JSON body, checked to be JSON that quotes the request id of its header. */
function jsonWithId(answer: Answer): unknown {
  expect(answer.contentType).toContain('application/json');
  expect(answer.requestId).toMatch(/^[\w-]{8,}$/);
  expect(answer.body).toContain(answer.requestId);
  return JSON.parse(answer.body);
}

describe('the HTTP edge', () => {
  it.each(['/trpc/%', '/trpc/%E0%A4%A', '/trpc/catalog.list,%ff?batch=1'])('answers 400 to the procedure path %s, which is not valid percent-encoding', async (path) => {
    for (const method of ['GET', 'POST']) {
      const answer = await sendRaw(target.baseUrl, { method, path, headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(answer.status).toBe(400);
      expect(jsonWithId(answer)).toMatchObject({ error: { message: 'The procedure name in the URL is not valid percent-encoding.', data: { code: 'BAD_REQUEST' } } });
    }
  });

  it('answers 400 to a request target no URL can be made of', async () => {
    for (const bytes of ['GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'GET http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']) {
      const answer = await sendBytes(target.baseUrl, bytes);
      expect(answer.status).toBe(400);
      expect(jsonWithId(answer)).toMatchObject({ error: 'The request URL is not valid.', code: 'BAD_REQUEST' });
    }
  });

  it('answers 405 with the allowed methods to a tRPC call with any method but GET and POST', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE']) {
      const answer = await sendRaw(target.baseUrl, { method, path: '/trpc/catalog.list' });
      expect(answer.status).toBe(405);
      expect(jsonWithId(answer)).toMatchObject({ error: { data: { code: 'METHOD_NOT_SUPPORTED' } } });
    }
  });

  it('answers headers too large for the server in JSON with a request id, not a bare 431', async () => {
    const answer = await sendRaw(target.baseUrl, { path: '/trpc/auth.me', headers: { Cookie: 'a='.padEnd(20_000, 'b') } });
    expect(answer.status).toBe(431);
    expect(jsonWithId(answer)).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
  });

  it('answers a request Node cannot parse in JSON with a request id, not a bare 400', async () => {
    const answer = await sendBytes(target.baseUrl, 'GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(jsonWithId(answer)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers errors tRPC raises before the request context exists in JSON, quoting the request id', async () => {
    const wrongType = await sendRaw(target.baseUrl, { method: 'POST', path: '/trpc/support.ask', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    expect(jsonWithId(wrongType)).toMatchObject({ error: { data: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
    const mixed = await sendRaw(target.baseUrl, { method: 'POST', path: '/trpc/catalog.list,auth.signIn?batch=1', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(mixed.status).toBe(400);
    jsonWithId(mixed);
  });

  it('quotes the request id in the refusal of a batch over the cap and in the 404 of an unknown route', async () => {
    const batch = await sendRaw(target.baseUrl, { path: `/trpc/${Array.from({ length: 11 }, () => 'catalog.list').join(',')}?batch=1` });
    expect(batch.status).toBe(400);
    jsonWithId(batch);
    const unknown = await sendRaw(target.baseUrl, { path: '/no/such/route' });
    expect(unknown.status).toBe(404);
    expect(jsonWithId(unknown)).toMatchObject({ error: 'Not found', code: 'NOT_FOUND' });
  });

  it('logs no server failure when a client breaks the framing of its body half-way', async () => {
    logs.clear();
    const answer = await sendBytes(target.baseUrl, 'POST /trpc/auth.signIn HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
    expect(answer.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logs.errors()).toEqual([]);
  });
});
