import { describe, expect, it } from 'vitest';
import { createCatalogReadCache } from './catalog-read-cache.ts';

describe('catalog read cache', () => {
  it('reuses a read until a newer catalog version arrives, and ignores a late older one', async () => {
    let loads = 0;
    let cleared = 0;
    const cache = createCatalogReadCache({ ttlMs: 60_000 }, () => cleared++);
    const load = async () => ++loads;
    expect(cache.sync('5')).toBe(true);
    expect(await cache.read('list', 'k', load)).toBe(1);
    expect(await cache.read('list', 'k', load)).toBe(1);
    expect(cache.sync('5')).toBe(false);
    expect(cache.sync('6')).toBe(true);
    expect(await cache.read('list', 'k', load)).toBe(2);
    expect(cache.sync('4')).toBe(false);
    expect(cache.sync('not a version')).toBe(false);
    expect(await cache.read('list', 'k', load)).toBe(2);
    expect([cache.version, cleared]).toEqual(['6', 2]);
  });

  it('reads every time when the time-to-live is 0', async () => {
    let loads = 0;
    const cache = createCatalogReadCache({ ttlMs: 0 });
    await cache.read('bySlug', 'a', async () => ++loads);
    await cache.read('bySlug', 'a', async () => ++loads);
    expect(loads).toBe(2);
  });

  it('counts reads answered from memory and reads that loaded, for the hit ratio', async () => {
    const cache = createCatalogReadCache({ ttlMs: 60_000 });
    cache.sync('1');
    const load = async () => 'page';
    await Promise.all([cache.read('list', 'a', load), cache.read('list', 'a', load)]);
    await cache.read('list', 'a', load);
    await cache.read('list', 'b', load);
    cache.sync('2');
    await cache.read('list', 'a', load);
    expect(cache.stats()).toEqual({ hits: 2, misses: 3 });
  });

  it('tells an answer built from cached reads when the oldest of them expires', async () => {
    let now = 1_000;
    const cache = createCatalogReadCache({ ttlMs: 5_000, now: () => now });
    await cache.read('list', 'old', async () => 'a');
    now = 3_000;
    const { result, freshUntil } = cache.observeExpiry(async () => [await cache.read('bySlug', 'new', async () => 'b'), await cache.read('list', 'old', async () => 'c')]);
    expect(await result).toEqual(['b', 'a']);
    expect(freshUntil()).toBe(6_000);
    expect(cache.observeExpiry(() => 0).freshUntil()).toBe(Infinity);
    const off = createCatalogReadCache({ ttlMs: 0 });
    const uncached = off.observeExpiry(() => off.read('list', 'k', async () => 1));
    await uncached.result;
    expect(uncached.freshUntil()).toBe(0);
  });
});
