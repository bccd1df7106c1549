import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('computes once for concurrent callers and again after the time-to-live', async () => {
    let clock = 0;
    let computed = 0;
    const cache = new TtlCache<number>(1000, 10, () => clock);
    const compute = async () => ++computed;
    expect(await Promise.all([cache.getOrCompute('k', compute), cache.getOrCompute('k', compute)])).toEqual([1, 1]);
    clock = 999;
    expect(await cache.getOrCompute('k', compute)).toBe(1);
    clock = 1000;
    expect(cache.peek('k')).toBeUndefined();
    expect(await cache.getOrCompute('k', compute)).toBe(2);
  });

  it('forgets failures so the next caller tries again', async () => {
    const cache = new TtlCache<number>(1000);
    await expect(cache.getOrCompute('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.getOrCompute('k', async () => 7)).toBe(7);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new TtlCache<string>(1000, 2);
    for (const key of ['a', 'b', 'c']) await cache.getOrCompute(key, async () => key);
    expect(cache.peek('a')).toBeUndefined();
    expect(await cache.peek('c')).toBe('c');
  });

  it('caches nothing with a time-to-live of zero', async () => {
    let computed = 0;
    const cache = new TtlCache<number>(0);
    await cache.getOrCompute('k', async () => ++computed);
    expect(await cache.getOrCompute('k', async () => ++computed)).toBe(2);
  });

  it('never stores a computation that was running when the cache was cleared', async () => {
    const cache = new TtlCache<string>(1000);
    let finish: (value: string) => void = () => {};
    const before = cache.getOrCompute('k', () => new Promise<string>((resolve) => (finish = resolve)));
    cache.clear();
    finish('old');
    expect(await before).toBe('old');
    expect(await cache.getOrCompute('k', async () => 'new')).toBe('new');
  });
});
