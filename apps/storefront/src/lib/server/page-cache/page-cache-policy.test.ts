import { describe, expect, it } from 'vitest';
import { anonymousPageKey, isCacheablePage, isShareableResponse } from './page-cache-policy.ts';

const site = { app: 'shop', https: false } as const;
const request = (path: string, cookies: Record<string, string> = {}, method = 'GET') => ({ method, url: new URL(`http://shop.test${path}`), cookies: { get: (name: string) => cookies[name] } });

describe('the page cache policy', () => {
  it('keeps home, the listing, categories and products', () => {
    for (const path of ['/', '/products', '/c/bikes', '/c/bikes/road', '/p/road-bike']) expect(isCacheablePage(path), path).toBe(true);
  });

  it('renders client-side navigation data for each request', () => {
    for (const path of ['/__data.json', '/p/road-bike/__data.json', '/c/bikes/road/__data.json']) expect(isCacheablePage(path), path).toBe(false);
  });

  it('never keeps personal or form pages', () => {
    for (const path of ['/cart', '/checkout', '/account', '/account/orders', '/contact', '/search', '/orders/guest/x', '/support/abc', '/p/road-bike/extra', '/partners/content', '/media/x.webp']) expect(isCacheablePage(path), path).toBe(false);
  });

  it('gives an anonymous GET a key of its URL and tracking choice', () => {
    expect(anonymousPageKey(request('/p/road-bike?variant=RB-1'), site)).toBe('unasked http://shop.test/p/road-bike?variant=RB-1');
    expect(anonymousPageKey(request('/p/road-bike', { tandem_shop_consent: 'no' }), site)).toBe('no http://shop.test/p/road-bike');
  });

  it('gives no key to a visitor with a session, cart, referral or visitor cookie, nor to a POST', () => {
    for (const purpose of ['session', 'cart', 'ref', 'visitor']) expect(anonymousPageKey(request('/p/road-bike', { [`tandem_shop_${purpose}`]: 'token' }), site), purpose).toBeNull();
    expect(anonymousPageKey(request('/p/road-bike', {}, 'POST'), site)).toBeNull();
    expect(anonymousPageKey(request('/p/road-bike', { '__Host-tandem_shop_session': 'token' }), { app: 'shop', https: true })).toBeNull();
  });

  it('shares only a 200 that sets no cookie and that no route marked private', () => {
    const page = (init: ResponseInit) => new Response('<p>page</p>', init);
    expect(isShareableResponse(page({ status: 200, headers: { 'content-type': 'text/html' } }))).toBe(true);
    expect(isShareableResponse(page({ status: 404 }))).toBe(false);
    expect(isShareableResponse(page({ status: 200, headers: { 'set-cookie': 'tandem_shop_cart=abc' } }))).toBe(false);
    expect(isShareableResponse(page({ status: 200, headers: { 'cache-control': 'no-store' } }))).toBe(false);
    expect(isShareableResponse(page({ status: 200, headers: { 'cache-control': 'private, max-age=30' } }))).toBe(false);
  });
});
