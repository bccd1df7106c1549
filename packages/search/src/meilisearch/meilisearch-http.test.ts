// What the adapter sends over the wire, checked against a local stand-in for Meilisearch that
// records each request: no compressed responses (they cost 40–50 ms per search, issue #18) and
// one request per search or suggestion, with no index or settings calls on the way, over a
// connections kept alive between requests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MeilisearchEngine } from './meilisearch-engine.ts';

interface Recorded {
  method: string;
  path: string;
  acceptEncoding: string | undefined;
  /** The client's port: the same few values over many requests mean connections kept alive. */
  clientPort: number | undefined;
}

const requests: Recorded[] = [];
const emptyResult = { hits: [], totalHits: 0, page: 1, hitsPerPage: 0, totalPages: 0, processingTimeMs: 1, query: '', facetDistribution: {}, facetStats: {} };

const server = http.createServer((req, res) => {
  requests.push({ method: req.method ?? '', path: req.url ?? '', acceptEncoding: req.headers['accept-encoding'], clientPort: req.socket.remotePort });
  req.resume().on('end', () => {
    const body = req.url === '/multi-search' ? { results: [emptyResult, emptyResult] } : emptyResult;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});

let engine: MeilisearchEngine;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  engine = new MeilisearchEngine({ host: `http://127.0.0.1:${port}`, apiKey: 'test-key' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
});

describe('MeilisearchEngine over HTTP', () => {
  it('asks for uncompressed responses when searching', async () => {
    await engine.search({ query: 'gravel' });
    expect(requests.map((r) => r.acceptEncoding)).toEqual(['identity']);
  });

  it('asks for uncompressed responses when suggesting', async () => {
    await engine.suggest('grav');
    expect(requests.map((r) => r.acceptEncoding)).toEqual(['identity']);
  });

  it('sends one request per search and per suggestion, with no index or settings lookups', async () => {
    await engine.search({ query: 'helmet', filters: { brands: ['casco'] } });
    await engine.suggest('hel');
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /multi-search', 'POST /indexes/products/search']);
  });

  it('keeps the connection alive from one search to the next', async () => {
    for (let i = 0; i < 6; i++) await engine.search({ query: `bike ${i}` });
    expect(requests).toHaveLength(6);
    // Node's fetch may alternate between two pooled sockets; a new one per search would show 6.
    expect(new Set(requests.map((r) => r.clientPort)).size).toBeLessThanOrEqual(2);
  });
});
