import { describe, expect, it } from 'vitest';
import { returnPath, safeNextPath, signInPath } from './safe-next.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(safeNextPath('/checkout')).toBe('/checkout');
    expect(safeNextPath('/account/orders/abc?placed=1#lines')).toBe('/account/orders/abc?placed=1#lines');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/phish'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'checkout'],
    ['nothing', null],
    ['an empty value', ''],
  ])('refuses %s', (_name, raw) => {
    expect(safeNextPath(raw)).toBe('/account');
  });

  it('never comes back to a sign-in page, which would loop', () => {
    expect(safeNextPath('/account/sign-in?next=/account/sign-in', '/')).toBe('/');
  });

  it('normalises dot segments instead of following them elsewhere', () => {
    expect(safeNextPath('/a/../checkout')).toBe('/checkout');
  });
});

describe('returnPath', () => {
  it('drops the form action key SvelteKit adds to the URL', () => {
    expect(returnPath(new URL('http://shop.test/checkout?/placeOrder'))).toBe('/checkout');
    expect(returnPath(new URL('http://shop.test/account?tab=1&/addAddress'))).toBe('/account?tab=1');
  });
});

describe('signInPath', () => {
  it('carries a safe next path', () => {
    expect(signInPath('/checkout')).toBe('/account/sign-in?next=%2Fcheckout');
  });

  it('drops an unsafe one', () => {
    expect(signInPath('//evil.example')).toBe('/account/sign-in');
  });
});
