import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_NOT_ALLOWED, COULD_NOT_FETCH, guardedGet, OutboundRefused, type GuardedGetOptions } from './guarded-get.ts';

let server: http.Server;
let base: string;
let port: number;
/** A port on 127.0.0.1 nothing listens on. */
let closedPort: number;
/** Requests the local server received: a refused fetch must not add one. */
let hits = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    hits++;
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
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
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
    await expect(guardedGet(new URL(`${base}/page`), strict)).rejects.toThrow(ADDRESS_NOT_ALLOWED);
    // "localhost" passes the literal check; the socket's lookup hook refuses what it resolves to.
    await expect(guardedGet(new URL(`http://localhost:${port}/page`), strict)).rejects.toThrow(ADDRESS_NOT_ALLOWED);
    await expect(guardedGet(new URL('http://[::1]:1/'), strict)).rejects.toBeInstanceOf(OutboundRefused);
    await expect(guardedGet(new URL('file:///etc/passwd'), strict)).rejects.toThrow('only http and https addresses are fetched');
    await expect(guardedGet(new URL(`http://user:secret@example.com/`), strict)).rejects.toThrow('URLs with credentials are not fetched');
  });

  it('refuses loopback written as hex IPv4-mapped IPv6, as Node rewrites [::ffff:127.0.0.1], before connecting', async () => {
    const before = hits;
    const url = new URL(`http://[::ffff:127.0.0.1]:${port}/page`);
    expect(url.hostname).toBe('[::ffff:7f00:1]');
    await expect(guardedGet(url, lenient({ allowPrivateNetwork: false }))).rejects.toThrow(ADDRESS_NOT_ALLOWED);
    expect(hits).toBe(before);
  });

  it('refuses every other spelling of a local address in the URL, none of them reaching the server', async () => {
    const strict = lenient({ allowPrivateNetwork: false });
    const spellings = [
      `http://2130706433:${port}/page`, `http://0x7f.1:${port}/page`, `http://127.1:${port}/page`, `http://0177.0.0.1:${port}/page`, `http://127.0.0.1.:${port}/page`,
      `http://%31%32%37.0.0.1:${port}/page`, `http://0:${port}/page`, `http://[::]:${port}/page`, `http://[::127.0.0.1]:${port}/page`,
      `http://[64:ff9b::127.0.0.1]:${port}/page`, `http://[2002:7f00:1::]:${port}/page`, `http://[::ffff:0:7f00:1]:${port}/page`,
      `http://[fd00::1]:${port}/page`, `http://[fe80::1]:${port}/page`, `http://169.254.169.254/latest/meta-data/`, `http://100.64.0.1/`, `http://192.0.2.1/`,
      `http://LOCALHOST:${port}/page`,
    ];
    const before = hits;
    for (const spelling of spellings) await expect(guardedGet(new URL(spelling), strict), spelling).rejects.toThrow(ADDRESS_NOT_ALLOWED);
    expect(hits).toBe(before);
  });

  it('reads the same for a closed port, an open port and a silent server: no map of what answers', async () => {
    const strict = lenient({ allowPrivateNetwork: false });
    const refusal = async (url: string, options: GuardedGetOptions) => guardedGet(new URL(url), options).then(() => 'fetched', (error: Error) => error.message);
    expect(await refusal(`http://[::ffff:7f00:1]:${port}/page`, strict)).toBe(ADDRESS_NOT_ALLOWED);
    expect(await refusal(`http://[::ffff:7f00:1]:${closedPort}/page`, strict)).toBe(ADDRESS_NOT_ALLOWED);
    // Where the network is reached at all, a refused connection and a timeout read the same too.
    expect(await refusal(`http://127.0.0.1:${closedPort}/`, lenient())).toBe(COULD_NOT_FETCH);
    expect(await refusal(`${base}/silent`, lenient({ deadline: Date.now() + 200 }))).toBe(COULD_NOT_FETCH);
    expect(await refusal('http://no-such-host.invalid/', lenient())).toBe(COULD_NOT_FETCH);
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
    await expect(guardedGet(new URL(`${base}/silent`), lenient({ deadline: Date.now() + 200 }))).rejects.toMatchObject({ message: COULD_NOT_FETCH, cause: { message: /timed out/ } });
    await expect(guardedGet(new URL(`${base}/trickle`), lenient({ deadline: Date.now() + 200 }))).rejects.toMatchObject({ message: COULD_NOT_FETCH, cause: { message: /timed out/ } });
  });
});
