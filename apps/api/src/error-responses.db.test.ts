import type http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import type { ApiServices } from '@tandem/api';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureLogs } from './log-capture.test-support.ts';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let server: http.Server & { services: ApiServices };
let base: string;
const logs = captureLogs();
const INTERNAL_SECRET = 'front-end-secret-of-at-least-32-chars';

beforeAll(async () => {
  db = await createTestDatabase();
  server = createApiServer({ db, mediaDir: os.tmpdir(), storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(db.prisma), logger: logs.logger, clientAddress: { trustedProxies: [], internalSecret: INTERNAL_SECRET } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  logs.clear();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// What a leak looks like: stacks, source paths with lines, Prisma's invocation excerpts.
const INTERNALS = /stack|prisma|invocation|node_modules|\/work\/|\.ts:\d+|\n\s+at /i;

interface ErrorBody {
  error: { message: string; data: { code: string; httpStatus: number; requestId: string | null; fieldErrors: Record<string, string[]> | null } };
}

async function query(path: string, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as ErrorBody };
}

/** A real Prisma failure, thrown from where a service would throw it. */
async function prismaFailure(): Promise<never> {
  await db.prisma.product.create({ data: {} as never });
  throw new Error('unreachable');
}

describe('tRPC error responses', () => {
  it('answers a database failure with a code, a plain sentence and the request id, and logs the details under that id', async () => {
    vi.spyOn(server.services.catalog, 'bySlug').mockImplementation(prismaFailure);
    const { response, text, body } = await query('catalog.bySlug', { slug: 'anything' });
    expect(response.status).toBe(500);
    expect(text).not.toMatch(INTERNALS);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(UUID);
    expect(body.error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, requestId, fieldErrors: null });
    expect(body.error.message).toBe(`Something went wrong on our side. Reference ${requestId}.`);
    const logged = logs.errors().find((line) => line.reqId === requestId);
    expect(logged?.msg).toMatch(/catalog\.bySlug/);
    expect((logged?.err as { message: string }).message).toMatch(/prisma\.product\.create\(\)/);
  });

  it('keeps the field errors of invalid input, without a stack', async () => {
    const { response, text, body } = await query('catalog.list', { minPrice: 10, maxPrice: 5 });
    expect(response.status).toBe(400);
    expect(text).not.toMatch(INTERNALS);
    expect(body.error.data).toMatchObject({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
    expect(body.error.data.fieldErrors).toMatchObject({ minPrice: [expect.stringMatching(/lowest price/)] });
  });

  it('keeps the readable message of a domain error, without a stack', async () => {
    const { response, text, body } = await query('catalog.bySlug', { slug: 'nope' });
    expect(response.status).toBe(404);
    expect(text).not.toMatch(INTERNALS);
    expect(body.error.message).toBe('No product "nope" was found.');
    expect(body.error.data.code).toBe('NOT_FOUND');
  });

  it('keeps a well-formed X-Request-Id from the front-end servers and replaces anything else', async () => {
    const trusted = { 'X-Tandem-Internal-Secret': INTERNAL_SECRET };
    const kept = await query('catalog.bySlug', { slug: 'nope' }, { ...trusted, 'X-Request-Id': 'edge-7f3a9c01' });
    expect(kept.response.headers.get('x-request-id')).toBe('edge-7f3a9c01');
    expect(kept.body.error.data.requestId).toBe('edge-7f3a9c01');
    for (const forged of ['short', 'has spaces in it', '<script>alert(1)</script>', 'x'.repeat(65)]) {
      const replaced = await query('catalog.bySlug', { slug: 'nope' }, { ...trusted, 'X-Request-Id': forged });
      expect(replaced.response.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('replaces the X-Request-Id of a caller without the internal secret, so nobody can fill the log with chosen ids', async () => {
    const callers: Record<string, string>[] = [{ 'X-Request-Id': 'edge-7f3a9c01' }, { 'X-Request-Id': 'edge-7f3a9c01', 'X-Tandem-Internal-Secret': 'a-wrong-secret-of-at-least-32-chars' }];
    for (const headers of callers) {
      const { response, body } = await query('catalog.bySlug', { slug: 'nope' }, headers);
      expect(response.headers.get('x-request-id')).toMatch(UUID);
      expect(body.error.data.requestId).toBe(response.headers.get('x-request-id'));
    }
  });

  it('writes one access line per request under its id, with the procedure and status and without the query string', async () => {
    const { response } = await query('catalog.bySlug', { slug: 'private-words' }, { authorization: 'Bearer s3cret-session' });
    const requestId = response.headers.get('x-request-id');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = logs.lines().filter((line) => line.reqId === requestId);
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', method: 'GET', route: 'catalog.bySlug', status: 404 })]);
    expect(JSON.stringify(logs.lines())).not.toMatch(/private-words|s3cret-session/);
  });
});

describe('error responses outside tRPC', () => {
  it('answers a failing payment webhook with a plain 500 and the request id, never the error', async () => {
    vi.spyOn(server.services.payments, 'parseWebhook').mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.5:5432 at /work/main/packages/db/src/client.ts:12'));
    const response = await fetch(`${base}/webhooks/payments`, { method: 'POST', body: '{}' });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|\/work\//);
    const requestId = response.headers.get('x-request-id');
    expect(JSON.parse(text)).toEqual({ error: `Something went wrong on our side. Reference ${requestId}.`, code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(logs.errors().some((line) => line.reqId === requestId && (line.err as { message: string }).message.includes('ECONNREFUSED'))).toBe(true);
  });

  it('answers a request target no URL can be made of with a 400, not a 500, and keeps serving', async () => {
    const head = await new Promise<string>((resolve, reject) => {
      const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.end('GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(head).toMatch(/^HTTP\/1\.1 400/);
    expect(head).toMatch(/x-request-id: [0-9a-f-]{36}/i);
    expect(head).not.toMatch(/Invalid URL|\n\s+at /);
    // A client's mistake, not the server's: nothing for the error log.
    expect(logs.errors()).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
