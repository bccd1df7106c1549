import { describe, expect, it } from 'vitest';
import { logsProgress } from './progress-bar.ts';

describe('the progress bar in a log', () => {
  it('writes one line per step crossed and one at the end, not one per callback', () => {
    const last = { at: 0, step: 0 };
    const logged: number[] = [];
    for (let done = 0; done <= 1_000; done += 7) {
      const progress = { done: Math.min(done, 1_000), total: 1_000 };
      if (logsProgress(progress, last, 10, done)) {
        logged.push(progress.done);
        last.step = Math.floor((progress.done / progress.total) * 10);
      }
    }
    if (logsProgress({ done: 1_000, total: 1_000 }, last, 10, 0)) logged.push(1_000);
    expect(logged).toEqual([105, 203, 301, 406, 504, 602, 700, 805, 903, 1_000]);
  });

  it('falls back to a line every two seconds without a step', () => {
    expect(logsProgress({ done: 5, total: 10 }, { at: 0, step: 0 }, undefined, 1_000)).toBe(false);
    expect(logsProgress({ done: 5, total: 10 }, { at: 0, step: 0 }, undefined, 2_500)).toBe(true);
  });
});
