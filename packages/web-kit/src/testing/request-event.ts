// A request as an app's `handle` hook sees it, for tests that run hooks.server.ts without a
// server: cookies come from the request's Cookie header and are recorded when set or deleted.
import type { Cookies, RequestEvent } from '@sveltejs/kit';

/** What a test sends: a URL, a method, cookies by name, and the app's `fetch` (the API). */
export interface FakeRequest {
  url: string;
  method?: string;
  cookies?: Record<string, string>;
  fetch?: typeof fetch;
}

/** The event, with the cookie names the hooks read, set and deleted. */
export interface FakeRequestEvent {
  event: RequestEvent;
  read: string[];
  written: { name: string; options: object }[];
}

/**
 * A minimal `RequestEvent` for `handle({ event, resolve })`.
 *
 * @example const { event, read } = fakeRequestEvent({ url: 'https://shop.example/cart' });
 */
export function fakeRequestEvent(request: FakeRequest): FakeRequestEvent {
  const jar = new Map(Object.entries(request.cookies ?? {}));
  const read: string[] = [];
  const written: FakeRequestEvent['written'] = [];
  const cookies: Pick<Cookies, 'get' | 'getAll' | 'set' | 'delete'> = {
    get: (name) => (read.push(name), jar.get(name)),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name, _value, options) => void written.push({ name, options }),
    delete: (name, options) => void written.push({ name, options }),
  };
  const url = new URL(request.url);
  const event = {
    url,
    request: new Request(url, { method: request.method ?? 'GET', headers: { 'user-agent': 'Test' } }),
    cookies,
    locals: {},
    params: {},
    route: { id: null },
    fetch: request.fetch ?? (() => Promise.reject(new Error('No API in this test'))),
    getClientAddress: () => '203.0.113.9',
    setHeaders: () => undefined,
    platform: undefined,
    isDataRequest: false,
    isSubRequest: false,
    isRemoteRequest: false,
  } as unknown as RequestEvent;
  return { event, read, written };
}
