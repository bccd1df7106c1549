import { describe, expect, it } from 'vitest';
import { createPageStore, type StoredPage } from './page-store.ts';

const page = (version: string, bytes = 1_000): StoredPage => ({ status: 200, headers: [['content-type', 'text/html']], body: new Uint8Array(bytes), version, events: [] });

describe('the page store', () => {
  it('serves a page only at the catalog version it was made at', () => {
    const store = createPageStore({ ttlMs: 60_000, maxBytes: 1_000_000 });
    store.set('a', page('7'));
    expect(store.get('a', '7')?.version).toBe('7');
    expect(store.get('a', '8')).toBeUndefined();
    // Dropped, not kept for a return to the old version.
    expect(store.get('a', '7')).toBeUndefined();
  });

  it('forgets a page after its time-to-live', () => {
    const clock = { t: 1_000 };
    const store = createPageStore({ ttlMs: 5_000, maxBytes: 1_000_000, now: () => clock.t });
    store.set('a', page('1'));
    clock.t += 4_999;
    expect(store.get('a', '1')).toBeDefined();
    clock.t += 2;
    expect(store.get('a', '1')).toBeUndefined();
  });

  it('still hands out a page past its time-to-live as stale, but never one of another version', () => {
    const clock = { t: 1_000 };
    const store = createPageStore({ ttlMs: 5_000, maxBytes: 1_000_000, now: () => clock.t });
    store.set('a', page('1'));
    expect(store.lookup('a', '1')?.fresh).toBe(true);
    clock.t += 6_000;
    expect(store.lookup('a', '1')).toMatchObject({ fresh: false, expiredForMs: 1_000, page: { version: '1' } });
    expect(store.lookup('a', '2')).toBeUndefined();
    expect(store.lookup('a', '1')).toBeUndefined();
  });

  it('holds at most its byte budget, dropping the least recently used page first', () => {
    const store = createPageStore({ ttlMs: 60_000, maxBytes: 3 * (10_000 + 512 + 1) });
    for (const key of ['a', 'b', 'c']) store.set(key, page('1', 10_000));
    store.get('a', '1');
    store.set('d', page('1', 10_000));
    expect(store.get('b', '1')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => store.get(key, '1') !== undefined)).toEqual([true, true, true]);
    expect(store.size).toBe(3);
  });
});
