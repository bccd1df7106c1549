import { describe, expect, it } from 'vitest';
import { createPublicReadAnswers, type StoredAnswer } from './public-read-answers.ts';

const answer = (text: string): StoredAnswer => ({ body: Buffer.from(text), etag: '"e"', headers: { 'Content-Type': 'application/json' } });

describe('finished answers kept for public reads', () => {
  it('evicts the least recently used answer past the entry cap', () => {
    const answers = createPublicReadAnswers({ ttlMs: 60_000, maxBytes: 1 << 20, maxEntries: 2 });
    answers.store('/a', answers.generation, answer('a'), Infinity);
    answers.store('/b', answers.generation, answer('b'), Infinity);
    expect(answers.lookup('/a')).toBeDefined();
    answers.store('/c', answers.generation, answer('c'), Infinity);
    expect(answers.lookup('/b')).toBeUndefined();
    expect(answers.lookup('/a')?.body.toString()).toBe('a');
    expect(answers.lookup('/c')?.body.toString()).toBe('c');
    expect(answers.stats().entries).toBe(2);
  });

  it('evicts the oldest answers past the byte cap, and never keeps one larger than the cap', () => {
    const answers = createPublicReadAnswers({ ttlMs: 60_000, maxBytes: 250 });
    for (const target of ['/1', '/2', '/3']) answers.store(target, answers.generation, answer('x'.repeat(90)), Infinity);
    expect(answers.lookup('/1')).toBeUndefined();
    expect(answers.lookup('/3')).toBeDefined();
    expect(answers.stats().bytes).toBeLessThanOrEqual(250);
    answers.store('/big', answers.generation, answer('x'.repeat(300)), Infinity);
    expect(answers.lookup('/big')).toBeUndefined();
  });

  it('keeps an answer until the earlier of its time-to-live and the reads it was made from', () => {
    let now = 0;
    const answers = createPublicReadAnswers({ ttlMs: 5_000, maxBytes: 1 << 20, now: () => now });
    answers.store('/ttl', answers.generation, answer('t'), Infinity);
    answers.store('/reads', answers.generation, answer('r'), 2_000);
    now = 1_999;
    expect([answers.lookup('/ttl'), answers.lookup('/reads')].map(Boolean)).toEqual([true, true]);
    now = 2_000;
    expect(answers.lookup('/reads')).toBeUndefined();
    now = 5_000;
    expect(answers.lookup('/ttl')).toBeUndefined();
  });

  it('refuses an answer begun before a clear, and keeps nothing when the time-to-live is 0', () => {
    const answers = createPublicReadAnswers({ ttlMs: 60_000, maxBytes: 1 << 20 });
    const begunAt = answers.generation;
    answers.clear();
    answers.store('/late', begunAt, answer('old'), Infinity);
    expect(answers.lookup('/late')).toBeUndefined();
    const off = createPublicReadAnswers({ ttlMs: 0, maxBytes: 1 << 20 });
    expect(off.enabled).toBe(false);
    off.store('/x', off.generation, answer('x'), Infinity);
    expect(off.lookup('/x')).toBeUndefined();
  });
});
