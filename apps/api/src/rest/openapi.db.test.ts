import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { AppRouter, ApiServices } from '@tandem/api';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { makePartner } from '../partner-fixtures.test-support.ts';
import { MAX_TRPC_BODY_BYTES } from '../request-limits.ts';
import { createApiServer } from '../server.ts';

let db: TestDatabase;
let server: http.Server & { services: ApiServices };
let base: string;
let partnerKey: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'wheels');
  await makeProduct(db.prisma, { slug: 'deep-wheel', categoryId: category.id, variants: [{ priceAmount: 64_900 }] });
  await makeProduct(db.prisma, { slug: 'flat-wheel', categoryId: category.id, variants: [{ priceAmount: 19_900 }] });
  server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), partners: { apiPublicUrl: 'https://api.shop.example' } } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const partner = await makePartner(db.prisma, 'spokes');
  partnerKey = (await server.services.partnerAccounts.apiKeys.create(partner.id, 'REST test')).key;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const trpc = (headers: Record<string, string> = {}) => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${base}/trpc`, headers })] });
const getJson = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
};
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  getJson(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

// No stack, no file path, no dependency name: what error-formatter.ts keeps out of tRPC answers.
const INTERNALS = /node_modules|\/work\/|\.ts:\d|at \w+ \(|prisma|stack/i;

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3 document with the configured server and the partner key schemes', async () => {
    const { status, body } = await getJson('/openapi.json');
    expect(status).toBe(200);
    await expect(SwaggerParser.validate(structuredClone(body) as never)).resolves.toBeTruthy();
    expect(body.openapi).toMatch(/^3\./);
    expect(body.servers).toEqual([{ url: 'https://api.shop.example' }]);
    const document = body as { paths: Record<string, Record<string, { security?: unknown }>>; components: { securitySchemes: Record<string, unknown> } };
    expect(document.components.securitySchemes).toMatchObject({
      partnerKey: { type: 'apiKey', in: 'header', name: 'X-Partner-Key' },
      partnerBearer: { type: 'http', scheme: 'bearer' },
    });
    expect(document.paths['/rest/v1/partner/stats']?.get?.security).toEqual([{ partnerKey: [] }, { partnerBearer: [] }]);
    expect(document.paths['/rest/v1/catalog/products/{slug}']?.get?.security).toBeUndefined();
  });

  it('publishes no staff procedure', async () => {
    const { body } = await getJson('/openapi.json');
    const operationIds = Object.values(body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(operationIds).toContain('catalog-bySlug');
    expect(operationIds.filter((id) => /^(admin|staff)/.test(id))).toEqual([]);
  });
});

describe('REST calls', () => {
  it('answers a catalog read with the same data as tRPC', async () => {
    const rest = await getJson('/rest/v1/catalog/products/deep-wheel');
    expect(rest.status).toBe(200);
    expect(rest.body).toEqual(JSON.parse(JSON.stringify(await trpc().catalog.bySlug.query({ slug: 'deep-wheel' }))));
    const list = await postJson('/rest/v1/catalog/products/query', { category: 'wheels', sort: 'price-asc', withFacets: false });
    expect(list.status).toBe(200);
    expect((list.body.items as Array<{ slug: string }>).map((item) => item.slug)).toEqual(['flat-wheel', 'deep-wheel']);
    expect(list.body).toEqual(JSON.parse(JSON.stringify(await trpc().catalog.list.query({ category: 'wheels', sort: 'price-asc', withFacets: false }))));
  });

  it('turns query texts into numbers and booleans without changing what tRPC accepts', async () => {
    const featured = await getJson('/rest/v1/catalog/featured?limit=1');
    expect(featured.status).toBe(200);
    expect(featured.body).toEqual(JSON.parse(JSON.stringify(await trpc().catalog.featured.query({ limit: 1 }))));
    // A string where tRPC's schema wants a number is still refused there: the REST host coerces
    // a copy of the input, never the shared zod schema.
    const error = await trpc().catalog.featured.query({ limit: '1' as unknown as number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
  });

  it('serves the partner API to a real key, in either header, with the same data as tRPC', async () => {
    const byHeader = await getJson('/rest/v1/partner/me', { headers: { 'X-Partner-Key': partnerKey } });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toMatchObject({ code: 'spokes', key: { label: 'REST test' } });
    const range = { from: '2026-01-01', to: '2026-01-31' };
    const stats = await getJson(`/rest/v1/partner/stats?from=${range.from}&to=${range.to}`, { headers: { Authorization: `Bearer ${partnerKey}` } });
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual(JSON.parse(JSON.stringify(await trpc({ 'X-Partner-Key': partnerKey }).partnerApi.stats.query(range))));
  });

  it('answers a bad or missing key with 401 JSON that says what to do and nothing internal', async () => {
    const attempts: Array<Record<string, string>> = [{ 'X-Partner-Key': 'tpk_not-a-real-key' }, { Authorization: 'Bearer tpk_nope' }, {}];
    for (const headers of attempts) {
      const response = await fetch(`${base}/rest/v1/partner/me`, { headers });
      const text = await response.text();
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringMatching(/partner API key/), requestId: response.headers.get('x-request-id') });
      expect(text).not.toMatch(INTERNALS);
    }
  });

  it('answers bad input with 400, the zod issues and the fields to fix', async () => {
    const tooMany = await getJson('/rest/v1/catalog/featured?limit=0');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { limit: [expect.any(String)] }, issues: [expect.objectContaining({ path: ['limit'] })] });
    const notNumber = await getJson('/rest/v1/catalog/featured?limit=lots');
    expect(notNumber.status).toBe(400);
    const reversed = await postJson('/rest/v1/catalog/products/query', { minPrice: 10, maxPrice: 5 });
    expect(reversed.status).toBe(400);
    expect(reversed.body.fieldErrors).toMatchObject({ minPrice: [expect.stringMatching(/lowest price/)] });
    const nul = await getJson('/rest/v1/search/suggest?q=a%00b');
    expect(nul.status).toBe(400);
    const range = await getJson('/rest/v1/partner/stats?from=2026-02-01&to=2026-01-01', { headers: { 'X-Partner-Key': partnerKey } });
    expect(range.status).toBe(400);
    expect(JSON.stringify([tooMany, notNumber, reversed, nul, range].map((r) => r.body))).not.toMatch(INTERNALS);
  });

  it('refuses what is not a call: unknown operation 404, wrong method 405, no JSON 415, broken JSON 400', async () => {
    expect((await getJson('/rest/v1/nothing-here')).status).toBe(404);
    const wrongMethod = await getJson('/rest/v1/catalog/categories', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect((await getJson('/rest/v1/catalog/products/query', { method: 'POST', body: '{}' })).status).toBe(415);
    const broken = await getJson('/rest/v1/catalog/products/query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"category":' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'PARSE_ERROR' });
    expect((await getJson('/rest/v1/catalog/products/%E0')).status).toBe(404);
  });

  it('goes through the same body limit as tRPC', async () => {
    const response = await fetch(`${base}/rest/v1/search`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'x'.repeat(MAX_TRPC_BODY_BYTES + 10) }) });
    expect(response.status).toBe(413);
  });
});

describe('the docs page', () => {
  it('lists every operation and loads nothing from another host', async () => {
    const response = await fetch(`${base}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    const { body } = await getJson('/openapi.json');
    for (const [path, item] of Object.entries(body.paths as Record<string, Record<string, { operationId: string }>>)) {
      for (const operation of Object.values(item)) {
        expect(html).toContain(`id="${operation.operationId}"`);
        expect(html).toContain(`<code>${path}</code>`);
      }
    }
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
  });
});

// What a fuzzer sends first: wrong types, NUL, huge and negative numbers, deep nesting. Every
// published operation must refuse it with a 4xx (or accept it), never a 5xx or a stack.
describe('every published operation under junk input', () => {
  // Already percent-encoded: a lone surrogate and a broken sequence cannot be encoded by the client.
  const JUNK_TEXT = ['', 'a%00b', '-1', '1e999', '99999999999999999999', 'x'.repeat(5000), '%ED%A0%80', '%E0', '..%2F..%2Fetc%2Fpasswd', '%F0%9F%9A%B2'];
  const JUNK_BODIES: unknown[] = [null, [], 'text', 42, { a: { b: { c: { d: { e: { f: [[[[[]]]]] } } } } } }, { limit: -1, productIds: ['\u0000'], quantity: 1e308, q: 5 }];

  it('never answers 5xx nor shows internals', async () => {
    const { body } = await getJson('/openapi.json');
    const failures: string[] = [];
    for (const [path, item] of Object.entries(body.paths as Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        for (const text of JUNK_TEXT) {
          const url = path.replace(/\{[^}]+\}/g, text || 'x') + (queryNames.length ? `?${queryNames.map((n) => `${n}=${text}`).join('&')}` : '');
          const isBody = ['post', 'put', 'patch'].includes(method);
          const bodies = isBody ? JUNK_BODIES : [undefined];
          for (const junk of bodies) {
            for (const headers of [{}, { 'X-Partner-Key': partnerKey }, { Authorization: 'Bearer not-a-session' }] as Array<Record<string, string>>) {
              const response = await fetch(`${base}${url}`, { method: method.toUpperCase(), headers: { ...headers, ...(isBody ? { 'Content-Type': 'application/json' } : {}) }, ...(isBody ? { body: JSON.stringify(junk) } : {}) });
              const answer = await response.text();
              if (response.status >= 500 || INTERNALS.test(answer)) failures.push(`${method.toUpperCase()} ${url.slice(0, 80)} ${JSON.stringify(junk)?.slice(0, 40)} → ${response.status} ${answer.slice(0, 120)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
