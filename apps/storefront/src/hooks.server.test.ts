// The shop's hooks through a request: every response leaves with the security headers, and the
// hooks read the shop's own cookie names, never the admin's.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeRequestEvent } from '@tandem/web-kit/testing/request-event';
import { apiHeaders } from '@tandem/web-kit/api-auth';
import { handle } from './hooks.server.ts';

const page = () => new Response('<!doctype html><p>Shop</p>', { headers: { 'content-type': 'text/html' } });

function serveOver(origin: string): void {
  process.env.ORIGIN = origin;
  process.env.PUBLIC_STORE_URL = origin;
}

// The page cache has its own tests (lib/server/page-cache); here every request reaches the hooks.
beforeAll(() => {
  process.env.PAGE_CACHE_TTL_MS = '0';
});

afterEach(() => {
  delete process.env.ORIGIN;
  delete process.env.PUBLIC_STORE_URL;
});

describe('the storefront hooks', () => {
  it('send nosniff, a referrer policy and refuse framing on a page, without HSTS over http', async () => {
    serveOver('http://127.0.0.1:3000');
    const { event } = fakeRequestEvent({ url: 'http://127.0.0.1:3000/' });
    const response = await handle({ event, resolve: page });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('send HSTS when the configured origin is https, on redirects too', async () => {
    serveOver('https://shop.example');
    const { event } = fakeRequestEvent({ url: 'https://shop.example/account' });
    const response = await handle({ event, resolve: () => new Response(null, { status: 303, headers: { location: '/account/sign-in' } }) });
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('let the partner portal frame its widget preview from the same origin only', async () => {
    serveOver('https://shop.example');
    const { event } = fakeRequestEvent({ url: 'https://shop.example/partners/widget/preview' });
    const response = await handle({ event, resolve: page });
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('read __Host- shop cookies over https and ignore the admin session', async () => {
    serveOver('https://shop.example');
    const cookies = { '__Host-tandem_admin_session': 'staff-token', tandem_admin_session: 'staff-token', '__Host-tandem_shop_cart': 'cart-token' };
    // /media/ answers without asking the API who the shopper is.
    const { event, read } = fakeRequestEvent({ url: 'https://shop.example/media/x.webp', cookies });
    await handle({ event, resolve: page });
    expect(event.locals.auth).toMatchObject({ sessionToken: null, cartToken: 'cart-token' });
    expect(read).toEqual(expect.arrayContaining(['__Host-tandem_shop_session', '__Host-tandem_shop_cart']));
    expect(read.filter((name) => name.includes('admin'))).toEqual([]);
  });

  it('give every request its own id, returned to the browser and sent with the API calls it makes', async () => {
    serveOver('http://127.0.0.1:3000');
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const { event } = fakeRequestEvent({ url: 'http://127.0.0.1:3000/' });
      const response = await handle({ event, resolve: page });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(apiHeaders(event.locals.auth, 'the-internal-secret')['x-request-id']).toBe(id);
      ids.push(id);
    }
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('read plain shop cookie names over http', async () => {
    serveOver('http://127.0.0.1:3000');
    const { event } = fakeRequestEvent({ url: 'http://127.0.0.1:3000/media/x.webp', cookies: { tandem_shop_session: 'shop-token' } });
    await handle({ event, resolve: page });
    expect(event.locals.auth.sessionToken).toBe('shop-token');
  });
});
