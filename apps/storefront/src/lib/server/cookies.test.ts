import { describe, expect, it } from 'vitest';
import { apiHeaders, type ApiAuth } from '@tandem/web-kit/api-auth';
import { sessionCookieOptions } from '@tandem/web-kit/cookies';
import { frontEndSite } from '@tandem/web-kit/site';
import { cartCookieOptions, endSession, rememberCart, startSession } from './cookies.ts';

const http = frontEndSite('shop', 'http://127.0.0.1:3000');
const https = frontEndSite('shop', 'https://shop.example');

function fakeEvent(href = 'http://127.0.0.1:3000/account/sign-in', auth: Partial<ApiAuth> = {}) {
  const jar = new Map<string, { value: string; options: object }>();
  const deleted: { name: string; options: object }[] = [];
  const event = {
    url: new URL(href),
    locals: { site: http, auth: { sessionToken: null, cartToken: null, clientAddress: '203.0.113.9', userAgent: 'Test', ...auth } },
    cookies: {
      set: (name: string, value: string, options: object) => void jar.set(name, { value, options }),
      delete: (name: string, options: object) => void deleted.push({ name, options }),
    },
  };
  return { event, jar, deleted };
}

describe('cookie options', () => {
  it('makes every cookie HttpOnly, SameSite=Lax and site-wide', () => {
    const options = cartCookieOptions(http, new URL('http://localhost:3000/p/x'));
    expect(options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 30 * 24 * 3600 });
  });

  it('marks cookies Secure when the shop is served over HTTPS', () => {
    expect(cartCookieOptions(https, new URL('https://shop.example/')).secure).toBe(true);
  });

  it('lets the session cookie expire with the session', () => {
    const options = sessionCookieOptions(https, new URL('https://shop.example/'), '2026-12-24T10:00:00.000Z');
    expect(options.expires?.toISOString()).toBe('2026-12-24T10:00:00.000Z');
    expect(options.maxAge).toBeUndefined();
  });
});

describe('session and cart cookies', () => {
  it('sets a new session cookie at sign-in and drops the merged anonymous cart', () => {
    const { event, jar, deleted } = fakeEvent(undefined, { sessionToken: 'old', cartToken: 'cart-1' });
    startSession(event, { token: 'new-token', expiresAt: '2026-12-24T10:00:00.000Z' });
    expect(jar.get('tandem_shop_session')?.value).toBe('new-token');
    expect(deleted.map((d) => d.name)).toEqual(['tandem_shop_cart']);
    expect(event.locals.auth).toMatchObject({ sessionToken: 'new-token', cartToken: null });
  });

  it('names the session __Host-tandem_shop_session and makes it Secure when the shop is https', () => {
    const { event, jar } = fakeEvent('http://10.0.0.5:3000/account/sign-in');
    event.locals.site = https;
    startSession(event, { token: 'tok', expiresAt: '2026-12-24T10:00:00.000Z' });
    expect(jar.get('__Host-tandem_shop_session')).toMatchObject({ value: 'tok', options: { secure: true, path: '/' } });
  });

  it('deletes the session cookie on the same path it was set on', () => {
    const { event, deleted } = fakeEvent(undefined, { sessionToken: 'tok' });
    endSession(event);
    expect(deleted).toEqual([{ name: 'tandem_shop_session', options: expect.objectContaining({ path: '/', httpOnly: true }) }]);
    expect(event.locals.auth.sessionToken).toBeNull();
  });

  it('remembers a new anonymous cart for the API calls later in the same request', () => {
    const { event, jar } = fakeEvent();
    rememberCart(event, 'cart-token');
    expect(jar.get('tandem_shop_cart')?.value).toBe('cart-token');
    expect(apiHeaders(event.locals.auth)['x-cart-token']).toBe('cart-token');
  });
});

describe('apiHeaders', () => {
  it('forwards the tokens, and the browser address with the internal secret that proves it', () => {
    const headers = apiHeaders({ sessionToken: 's1', cartToken: 'c1', clientAddress: '198.51.100.7', userAgent: 'Firefox' }, 'the-internal-secret');
    expect(headers).toEqual({ authorization: 'Bearer s1', 'x-cart-token': 'c1', 'x-tandem-internal-secret': 'the-internal-secret', 'x-tandem-client-address': '198.51.100.7', 'user-agent': 'Firefox' });
  });

  it('sends the front-end request id, so the API logs the page’s calls under the same id', () => {
    expect(apiHeaders({ sessionToken: null, cartToken: null, clientAddress: '::1', userAgent: '', requestId: 'c0ffee00-1234' }, 'the-internal-secret')['x-request-id']).toBe('c0ffee00-1234');
  });

  it('sends no token headers for a new visitor, and no address without the secret', () => {
    expect(apiHeaders({ sessionToken: null, cartToken: null, clientAddress: '::1', userAgent: '' })).toEqual({});
  });
});
