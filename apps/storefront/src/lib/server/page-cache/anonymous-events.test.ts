import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnonymousEvents } from './anonymous-events.ts';
import type { StoredEvent } from './page-store.ts';

const view = (productId: string): StoredEvent => ({ type: 'VIEW', productId });

afterEach(() => vi.useRealTimers());

describe('anonymous events of cached pages', () => {
  it('sends views in batches of at most 20 as soon as 20 are there', async () => {
    const sent: StoredEvent[][] = [];
    const events = createAnonymousEvents({ send: async (batch) => sent.push(batch), flushAfterMs: 60_000 });
    for (let i = 0; i < 45; i++) events.add([view(`p${i}`)]);
    expect(sent.map((b) => b.length)).toEqual([20, 20]);
    await events.flush();
    expect(sent.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(sent.flat().map((e) => e.productId)).toEqual(Array.from({ length: 45 }, (_, i) => `p${i}`));
  });

  it('sends a lone view after the wait', async () => {
    vi.useFakeTimers();
    const sent: StoredEvent[][] = [];
    const events = createAnonymousEvents({ send: async (batch) => sent.push(batch), flushAfterMs: 1_000 });
    events.add([view('p1')]);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([[view('p1')]]);
  });

  it('drops views beyond what it may hold while the API is slow, and survives a failed send', async () => {
    const sent: StoredEvent[][] = [];
    let fail = true;
    const events = createAnonymousEvents({ send: async (batch) => (fail ? Promise.reject(new Error('down')) : sent.push(batch)), flushAfterMs: 60_000, maxPending: 5 });
    events.add([1, 2, 3, 4, 5, 6, 7].map((i) => view(`p${i}`)));
    fail = false;
    await events.flush();
    expect(sent.flat().map((e) => e.productId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    fail = true;
    events.add([view('p8')]);
    await expect(events.flush()).resolves.toBeUndefined();
  });
});
