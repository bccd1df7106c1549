import { describe, expect, it } from 'vitest';
import { statsRange, trackedLink } from './stats-range.ts';

const now = new Date('2026-12-02T10:00:00Z');

describe('partner portal range and links', () => {
  it('defaults to the last 30 days and keeps a valid range', () => {
    expect(statsRange(new URLSearchParams(), now)).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    expect(statsRange(new URLSearchParams('from=2026-11-01&to=2026-11-07'), now)).toEqual({ from: '2026-11-01', to: '2026-11-07' });
  });
  it('falls back on reversed, malformed or over-long ranges', () => {
    for (const q of ['from=2026-11-08&to=2026-11-01', 'from=yesterday&to=2026-11-01', 'from=2024-01-01&to=2026-11-01']) {
      expect(statsRange(new URLSearchParams(q), now)).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    }
  });
  it('builds tracked links by the /r contract', () => {
    expect(trackedLink('https://shop.example', 'velo-blog', 'road-bike')).toBe('https://shop.example/r/velo-blog?product=road-bike');
    expect(trackedLink('https://shop.example', 'velo-blog', null, 'content')).toBe('https://shop.example/r/velo-blog?src=content');
  });
});
