// A front end's pooled connection to the API survives an idle pause longer than Node's default
// keep-alive timeout (5 s), so a call after the pause does not race the server closing it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withKeepAliveTimeouts } from './keep-alive.ts';

let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  // Answers with the client's port: the same port means the same connection.
  server = withKeepAliveTimeouts(http.createServer((req, res) => res.end(String(req.socket.remotePort))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('keeps an idle connection open past Node’s default 5 s, and tells clients so', { timeout: 15_000 }, async () => {
  const first = await fetch(baseUrl);
  expect(first.headers.get('keep-alive')).toBe('timeout=65');
  const firstPort = await first.text();
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  const second = await fetch(baseUrl);
  expect(await second.text()).toBe(firstPort);
});
