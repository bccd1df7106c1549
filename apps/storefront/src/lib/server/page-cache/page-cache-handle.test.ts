// The page cache in front of a stand-in for the shop's own handle: what one visitor's render may
// give another. The real render, API and catalog version are in e2e/tests/page-cache.spec.ts.
import type { Handle } from '@sveltejs/kit';
import { fakeRequestEvent } from '@tandem/web-kit/testing/request-event';
import { describe, expect, it } from 'vitest';
import { createAnonymousEvents } from './anonymous-events.ts';
import { createCachedPageLookup } from './cached-page-lookup.ts';
import { withPageCache, type PageCache } from './page-cache-handle.ts';
import { createPageStore, type StoredEvent } from './page-store.ts';

const site = () => ({ app: 'shop', https: false }) as const;

/** A shop whose product page shows the price, and the name of a signed-in customer. */
function shop() {
  const state = { price: '€10.00', version: '1', renders: 0, sent: [] as StoredEvent[], setsCookie: false, clock: 1_000, hold: null as Promise<void> | null };
  const cache: PageCache = {
    store: createPageStore({ ttlMs: 5_000, maxBytes: 1_000_000, now: () => state.clock }),
    versions: { current: async () => state.version },
    events: createAnonymousEvents({ send: async (events) => state.sent.push(...events), flushAfterMs: 60_000 }),
    ttlMs: 5_000,
  };
  const render: Handle = async ({ event }) => {
    state.renders += 1;
    const price = state.price;
    if (state.hold) await state.hold;
    event.locals.recordedBehaviour?.push({ type: 'VIEW', productId: 'p1' });
    const who = event.cookies.get('tandem_shop_session') ? 'Hello Anna' : 'Sign in';
    const headers = new Headers({ 'content-type': 'text/html', 'x-request-id': `render-${state.renders}`, etag: `"v${state.renders}"` });
    if (state.setsCookie) headers.set('set-cookie', 'tandem_shop_cart=new; Path=/');
    return new Response(`<p>${who}</p><p>${price}</p>`, { headers });
  };
  const handle = withPageCache(() => cache, site, render);
  const get = async (path: string, cookies: Record<string, string> = {}, method = 'GET', headers: Record<string, string> = {}) => {
    const { event } = fakeRequestEvent({ url: `http://shop.test${path}`, cookies, method });
    Object.assign(event, { request: new Request(event.url, { method, headers }) });
    const response = await handle({ event, resolve: () => Promise.reject(new Error('not called')) });
    return { response, html: await response.text() };
  };
  return { state, cache, get };
}

describe('the anonymous page cache', () => {
  it('renders a product page once for anonymous visitors and serves the copy after, marked public', async () => {
    const { state, get } = shop();
    const first = await get('/p/road-bike');
    const second = await get('/p/road-bike');
    expect(state.renders).toBe(1);
    expect(second.html).toBe(first.html);
    expect(first.response.headers.get('x-page-cache')).toBe('MISS');
    expect(second.response.headers.get('x-page-cache')).toBe('HIT');
    expect(second.response.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=5, stale-while-revalidate=30$/);
    expect(second.response.headers.get('vary')).toBe('Cookie');
    expect(second.response.headers.get('content-type')).toBe('text/html');
    // Each response has its own request id, never the render's.
    expect(second.response.headers.get('x-request-id')).not.toBe(first.response.headers.get('x-request-id'));
  });

  it("never serves a signed-in customer's page to anyone, nor the anonymous copy to them", async () => {
    const { state, get } = shop();
    const signedIn = await get('/p/road-bike', { tandem_shop_session: 'anna' });
    expect(signedIn.html).toContain('Hello Anna');
    expect(signedIn.response.headers.get('cache-control')).toBe('private, no-store');
    const anonymous = await get('/p/road-bike');
    expect(anonymous.html).not.toContain('Anna');
    const again = await get('/p/road-bike', { tandem_shop_session: 'anna' });
    expect(again.html).toContain('Hello Anna');
    expect(again.response.headers.get('x-page-cache')).toBeNull();
    expect(state.renders).toBe(3);
  });

  it('shows a price changed in the catalog on the first request at the new version', async () => {
    const { state, get } = shop();
    expect((await get('/p/road-bike')).html).toContain('€10.00');
    state.price = '€8.00';
    expect((await get('/p/road-bike')).html).toContain('€10.00');
    state.version = '2';
    expect((await get('/p/road-bike')).html).toContain('€8.00');
  });

  it("answers 304 to a visitor who holds the copy's ETag", async () => {
    const { get } = shop();
    const first = await get('/p/road-bike');
    const again = await get('/p/road-bike', {}, 'GET', { 'if-none-match': first.response.headers.get('etag')! });
    expect(again.response.status).toBe(304);
    expect(again.html).toBe('');
    expect(again.response.headers.get('cache-control')).toMatch(/^public, /);
    expect((await get('/p/road-bike', {}, 'GET', { 'if-none-match': '"other"' })).response.status).toBe(200);
  });

  it('serves the copy past its time-to-live while one request renders it anew, but no copy of an older version', async () => {
    const { state, get } = shop();
    await get('/p/road-bike');
    state.price = '€9.00';
    state.clock += 6_000;
    let release = () => {};
    state.hold = new Promise((resolve) => (release = resolve));
    const renewing = get('/p/road-bike');
    const meanwhile = await get('/p/road-bike');
    expect(meanwhile.html).toContain('€10.00');
    expect(meanwhile.response.headers.get('x-page-cache')).toBe('HIT');
    release();
    expect((await renewing).html).toContain('€9.00');
    expect((await get('/p/road-bike')).html).toContain('€9.00');

    state.price = '€8.00';
    state.version = '2';
    state.hold = new Promise((resolve) => (release = resolve));
    const rendering = get('/p/road-bike');
    const waiting = get('/p/road-bike');
    release();
    expect((await waiting).html).toContain('€8.00');
    expect((await rendering).html).toContain('€8.00');
    expect(state.renders).toBe(3);
  });

  it('lets no copy stand in once it is more than half a minute past its time-to-live', async () => {
    const { state, get } = shop();
    await get('/p/road-bike');
    state.price = '€9.00';
    state.clock += 5_000 + 30_001;
    let release = () => {};
    state.hold = new Promise((resolve) => (release = resolve));
    const renewing = get('/p/road-bike');
    const waiting = get('/p/road-bike');
    release();
    expect((await waiting).html).toContain('€9.00');
    expect((await renewing).html).toContain('€9.00');
  });

  it('keeps no response that sets a cookie', async () => {
    const { state, get } = shop();
    state.setsCookie = true;
    await get('/p/road-bike');
    await get('/p/road-bike');
    expect(state.renders).toBe(2);
  });

  it('renders once for visitors asking for the same page at the same moment', async () => {
    const { state, get } = shop();
    const pages = await Promise.all(Array.from({ length: 5 }, () => get('/c/bikes')));
    expect(state.renders).toBe(1);
    expect(new Set(pages.map((p) => p.html)).size).toBe(1);
  });

  it('records the product view again for every visitor served the copy', async () => {
    const { state, cache, get } = shop();
    for (let i = 0; i < 3; i++) await get('/p/road-bike');
    await cache.events.flush();
    // The render recorded its own view through the page load; the two copies send theirs here.
    expect(state.sent).toEqual([
      { type: 'VIEW', productId: 'p1' },
      { type: 'VIEW', productId: 'p1' },
    ]);
  });

  it('passes other pages and form posts through, marked private', async () => {
    const { state, get } = shop();
    const cart = await get('/cart');
    const post = await get('/p/road-bike', {}, 'POST');
    await get('/cart');
    expect(state.renders).toBe(3);
    expect(cart.response.headers.get('cache-control')).toBe('private, no-store');
    expect(post.response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('renders fresh when the catalog version is unknown', async () => {
    const { state, cache, get } = shop();
    cache.versions = { current: async () => null };
    await get('/p/road-bike');
    await get('/p/road-bike');
    expect(state.renders).toBe(2);
  });
});

describe("the server entry's lookup of the same store", () => {
  const lookupIn = (cache: PageCache, origin: string | null = 'http://shop.test') => createCachedPageLookup({ cache: () => cache, site, origin: () => origin });
  const rawGet = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
  const withoutRequestId = (headers: Iterable<[string, string]>) => [...headers].filter(([name]) => name !== 'x-request-id').sort(([a], [b]) => a.localeCompare(b));

  it('answers a fresh copy with the headers the handle sends for it, and records its view', async () => {
    const { state, cache, get } = shop();
    await get('/p/road-bike');
    const viaHandle = await get('/p/road-bike');
    const answer = await lookupIn(cache)(rawGet('/p/road-bike'));
    expect(answer?.status).toBe(200);
    expect(new TextDecoder().decode(answer!.body!)).toBe(viaHandle.html);
    expect(withoutRequestId(answer!.headers)).toEqual(withoutRequestId(viaHandle.response.headers));
    // The security headers are stored with the copy, so no path can send it without them.
    expect(answer!.headers).toContainEqual(['x-frame-options', 'DENY']);
    expect(answer!.headers).toContainEqual(['x-page-cache', 'HIT']);
    expect(state.renders).toBe(1);
    await cache.events.flush();
    expect(state.sent).toHaveLength(2);
  });

  it("answers 304 without a body to a visitor who holds the copy's ETag", async () => {
    const { cache, get } = shop();
    const first = await get('/p/road-bike');
    const answer = await lookupIn(cache)(rawGet('/p/road-bike', { 'if-none-match': first.response.headers.get('etag')! }));
    expect(answer).toMatchObject({ status: 304, body: null });
    expect(answer!.headers).toContainEqual(['cache-control', 'public, max-age=0, s-maxage=5, stale-while-revalidate=30']);
  });

  it('leaves to SvelteKit a visitor with a cookie that changes the page, another tracking choice, a POST, a page not stored, and an unknown origin', async () => {
    const { cache, get } = shop();
    await get('/p/road-bike');
    const lookup = lookupIn(cache);
    expect(await lookup(rawGet('/p/road-bike', { cookie: 'tandem_shop_visitor=abcdefghijklmnop; tandem_shop_consent=yes' }))).toBeNull();
    expect(await lookup(rawGet('/p/road-bike', { cookie: 'tandem_shop_session=anna' }))).toBeNull();
    expect(await lookup(rawGet('/p/road-bike', { cookie: 'tandem_shop_consent=no' }))).toBeNull();
    expect(await lookup({ method: 'POST', url: '/p/road-bike', headers: {} })).toBeNull();
    expect(await lookup(rawGet('/p/other-bike'))).toBeNull();
    expect(await lookupIn(cache, null)(rawGet('/p/road-bike'))).toBeNull();
    // A cookie the page does not depend on leaves it anonymous.
    expect((await lookup(rawGet('/p/road-bike', { cookie: 'theme=dark' })))?.status).toBe(200);
  });

  it('serves a copy past its time-to-live only while the handle renders it anew', async () => {
    const { state, cache, get } = shop();
    await get('/p/road-bike');
    state.clock += 6_000;
    const lookup = lookupIn(cache);
    expect(await lookup(rawGet('/p/road-bike'))).toBeNull();
    let release = () => {};
    state.hold = new Promise((resolve) => (release = resolve));
    state.price = '€9.00';
    const renewing = get('/p/road-bike');
    const meanwhile = await lookup(rawGet('/p/road-bike'));
    expect(new TextDecoder().decode(meanwhile!.body!)).toContain('€10.00');
    release();
    await renewing;
    expect(new TextDecoder().decode((await lookup(rawGet('/p/road-bike')))!.body!)).toContain('€9.00');
  });
});
