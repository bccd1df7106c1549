import { describe, expect, it } from 'vitest';
import { cacheControlOf } from './public-reads.ts';

const anonymous = { sessionToken: null, cartToken: null, partnerKey: null };
const policy = { sMaxAgeSeconds: 5, staleWhileRevalidateSeconds: 30 };

describe('Cache-Control of tRPC answers', () => {
  it('shares only successful anonymous queries made of public catalog reads', () => {
    expect(cacheControlOf({ type: 'query', paths: ['catalog.list', 'catalog.categories'], failed: false, auth: anonymous }, policy)).toBe('public, s-maxage=5, stale-while-revalidate=30');
    expect(cacheControlOf({ type: 'query', paths: ['catalog.list', 'cart.get'], failed: false, auth: anonymous }, policy)).toBe('private, no-store');
    expect(cacheControlOf({ type: 'query', paths: ['catalog.list'], failed: true, auth: anonymous }, policy)).toBe('private, no-store');
    expect(cacheControlOf({ type: 'mutation', paths: ['catalog.list'], failed: false, auth: anonymous }, policy)).toBe('private, no-store');
    expect(cacheControlOf({ type: 'query', paths: ['catalog.list'], failed: false, auth: undefined }, policy)).toBe('private, no-store');
  });

  it('keeps anything sent with a session, cart or partner credential private', () => {
    for (const auth of [{ ...anonymous, sessionToken: 's' }, { ...anonymous, cartToken: 'c' }, { ...anonymous, partnerKey: 'tpk_x' }]) {
      expect(cacheControlOf({ type: 'query', paths: ['catalog.bySlug'], failed: false, auth }, policy)).toBe('private, no-store');
    }
  });
});
