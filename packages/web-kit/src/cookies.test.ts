import { describe, expect, it } from 'vitest';
import { cookieName, cookieOptions, type CookiePurpose } from './cookies.ts';
import { frontEndSite } from './site.ts';

const PURPOSES: CookiePurpose[] = ['session', 'cart', 'ref', 'consent', 'visitor'];

describe('cookie names', () => {
  it('never gives the shop and the admin the same cookie name', () => {
    for (const origin of ['http://127.0.0.1:3000', 'https://shop.example']) {
      const shop = PURPOSES.map((p) => cookieName(frontEndSite('shop', origin), p));
      const admin = PURPOSES.map((p) => cookieName(frontEndSite('admin', origin), p));
      expect(shop.filter((name) => admin.includes(name))).toEqual([]);
    }
  });

  it('prefixes every name with __Host- when the configured origin is https', () => {
    expect(cookieName(frontEndSite('shop', 'https://shop.example'), 'session')).toBe('__Host-tandem_shop_session');
    expect(cookieName(frontEndSite('admin', 'https://admin.shop.example'), 'session')).toBe('__Host-tandem_admin_session');
  });

  it('keeps plain names over http (local development and the e2e run)', () => {
    expect(cookieName(frontEndSite('shop', 'http://127.0.0.1:3000'), 'cart')).toBe('tandem_shop_cart');
    expect(cookieName(frontEndSite('admin', undefined), 'session')).toBe('tandem_admin_session');
  });
});

describe('cookie options', () => {
  it('meets the __Host- rules over https: Secure, Path=/, no Domain', () => {
    // The request URL may still say http (TLS ends at a proxy): the configured origin decides.
    const options = cookieOptions(frontEndSite('admin', 'https://admin.shop.example'), new URL('http://10.0.0.5:3001/sign-in'));
    expect(options).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
    expect(options).not.toHaveProperty('domain');
  });

  it('is not Secure over plain http, where browsers would drop the cookie', () => {
    expect(cookieOptions(frontEndSite('shop', 'http://127.0.0.1:3000'), new URL('http://127.0.0.1:3000/')).secure).toBe(false);
  });
});
