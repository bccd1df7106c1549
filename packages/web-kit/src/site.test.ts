import { describe, expect, it } from 'vitest';
import { frontEndSite } from './site.ts';

describe('frontEndSite', () => {
  it('is https only when the configured origin says so', () => {
    expect(frontEndSite('shop', 'https://shop.example').https).toBe(true);
    expect(frontEndSite('shop', 'http://shop.example').https).toBe(false);
  });

  it('treats a missing or unreadable origin as plain http', () => {
    expect(frontEndSite('admin', undefined).https).toBe(false);
    expect(frontEndSite('admin', '').https).toBe(false);
    expect(frontEndSite('admin', 'not a url').https).toBe(false);
  });
});
