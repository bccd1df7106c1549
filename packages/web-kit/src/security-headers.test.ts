import { describe, expect, it } from 'vitest';
import { HSTS, securityHeaders, withSecurityHeaders } from './security-headers.ts';
import { frontEndSite } from './site.ts';

const shopHttps = frontEndSite('shop', 'https://shop.example');
const shopHttp = frontEndSite('shop', 'http://127.0.0.1:3000');
const adminHttps = frontEndSite('admin', 'https://admin.shop.example');

describe('securityHeaders', () => {
  it('sends nosniff, a referrer policy and refuses framing on every page of both apps', () => {
    for (const site of [shopHttps, shopHttp, adminHttps]) {
      const headers = securityHeaders(site, '/cart');
      expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" });
      expect(headers['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/);
    }
  });

  it('sends HSTS only when the configured public origin is https', () => {
    expect(securityHeaders(shopHttps, '/')['strict-transport-security']).toBe(HSTS);
    expect(securityHeaders(adminHttps, '/')['strict-transport-security']).toBe(HSTS);
    expect(securityHeaders(shopHttp, '/')).not.toHaveProperty('strict-transport-security');
  });

  it('lets only the partner portal frame its widget preview, and only from the same origin', () => {
    expect(securityHeaders(shopHttps, '/partners/widget/preview')).toMatchObject({ 'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "frame-ancestors 'self'" });
    expect(securityHeaders(shopHttps, '/partners/widget')['x-frame-options']).toBe('DENY');
    expect(securityHeaders(adminHttps, '/partners/widget/preview')['x-frame-options']).toBe('DENY');
  });

  it('tells other sites nothing of staff addresses', () => {
    expect(securityHeaders(adminHttps, '/orders/o1')['referrer-policy']).toBe('same-origin');
    expect(securityHeaders(shopHttps, '/p/bike')['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('withSecurityHeaders', () => {
  it('fills in what a response lacks, on redirects and errors too', () => {
    const redirect = withSecurityHeaders(new Response(null, { status: 303, headers: { location: '/' } }), shopHttps, '/account/sign-in');
    expect(redirect.headers.get('strict-transport-security')).toBe(HSTS);
    expect(redirect.headers.get('x-frame-options')).toBe('DENY');
    const failure = withSecurityHeaders(new Response('Please sign in.', { status: 401 }), adminHttps, '/orders');
    expect(failure.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps what a route chose and the page CSP, adding frame-ancestors only where it is missing', () => {
    const page = withSecurityHeaders(new Response('', { headers: { 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" } }), shopHttps, '/support/t1');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'");
    const noAncestors = withSecurityHeaders(new Response('', { headers: { 'content-security-policy': "default-src 'self'" } }), shopHttps, '/');
    expect(noAncestors.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('copies a response whose headers cannot change, such as one passed through from fetch', async () => {
    const immutable = await fetch('data:text/javascript,void 0');
    expect(() => immutable.headers.set('x-test', '1')).toThrow();
    const out = withSecurityHeaders(immutable, shopHttp, '/widget.js');
    expect(out.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await out.text()).toBe('void 0');
  });
});
