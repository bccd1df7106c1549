import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedGet, isPrivateAddress, OutboundRefused, type GuardedGetOptions } from './guarded-get.ts';

let server: http.Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/page') return response.end('<p>hello</p>');
    if (request.url === '/chunked') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 20; i++) response.write('x'.repeat(100));
      return response.end();
    }
    if (request.url === '/declared-large') {
      response.writeHead(200, { 'content-length': '5000' });
      return response.end('y'.repeat(5000));
    }
    if (request.url === '/moved') {
      response.writeHead(302, { location: '/page' });
      return response.end();
    }
    if (request.url === '/trickle') {
      response.writeHead(200);
      response.write('start');
      return; // never ends: the deadline must cut it, not a partial body
    }
    if (request.url === '/silent') return; // never answers
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const lenient = (overrides: Partial<GuardedGetOptions> = {}): GuardedGetOptions => ({
  deadline: Date.now() + 2_000, maxBytes: 1_000, allowPrivateNetwork: true, headers: {}, ...overrides,
});

describe('guardedGet', () => {
  it('reads a page, and reports a redirect without following it', async () => {
    const page = await guardedGet(new URL(`${base}/page`), lenient());
    expect(page).toMatchObject({ status: 200, redirectTo: null, overflowed: false });
    expect(page.body.toString()).toBe('<p>hello</p>');
    expect(await guardedGet(new URL(`${base}/moved`), lenient())).toMatchObject({ status: 302, redirectTo: `${base}/page` });
  });

  it('refuses private addresses, also when a host name resolves to one (checked at connect time)', async () => {
    const strict = lenient({ allowPrivateNetwork: false });
    await expect(guardedGet(new URL(`${base}/page`), strict)).rejects.toThrow('refused to fetch from the private address 127.0.0.1');
    // "localhost" passes the literal check; the socket's lookup hook refuses what it resolves to.
    await expect(guardedGet(new URL(`http://localhost:${port}/page`), strict)).rejects.toThrow(/private address/);
    await expect(guardedGet(new URL('http://[::1]:1/'), strict)).rejects.toBeInstanceOf(OutboundRefused);
    await expect(guardedGet(new URL('file:///etc/passwd'), strict)).rejects.toThrow('only http and https addresses are fetched');
    await expect(guardedGet(new URL(`http://user:secret@example.com/`), strict)).rejects.toThrow('URLs with credentials are not fetched');
  });

  it('reads at most maxBytes, whether the size is declared or streamed', async () => {
    const streamed = await guardedGet(new URL(`${base}/chunked`), lenient());
    expect(streamed.overflowed).toBe(true);
    expect(streamed.body.length).toBe(1_000);
    const declared = await guardedGet(new URL(`${base}/declared-large`), lenient());
    expect(declared.overflowed).toBe(true);
    expect(declared.body.length).toBeLessThanOrEqual(1_000);
    expect((await guardedGet(new URL(`${base}/chunked`), lenient({ maxBytes: 2_000 }))).overflowed).toBe(false);
  });

  it('fails at the deadline, both before an answer and in the middle of a body', async () => {
    await expect(guardedGet(new URL(`${base}/silent`), lenient({ deadline: Date.now() + 200 }))).rejects.toThrow(/timed out/);
    await expect(guardedGet(new URL(`${base}/trickle`), lenient({ deadline: Date.now() + 200 }))).rejects.toThrow(/timed out/);
  });

  it('knows which addresses are private', () => {
    for (const address of ['10.1.2.3', '172.16.0.1', '172.31.255.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1']) expect(isPrivateAddress(address), address).toBe(false);
  });
});
