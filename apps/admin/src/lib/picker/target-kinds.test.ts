import { describe, expect, it } from 'vitest';
import { segmentKind } from './target-kinds';

const segments = [
  { segment: 'lost', label: 'Lost customers', customers: 9 },
  { segment: 'tier:large_loyal', label: 'Tier: Large loyal', customers: 1 },
];

describe('the segment chips’ search', () => {
  it('finds segments and tiers by part of the name or the key, with their size', async () => {
    const { search } = segmentKind(segments);
    const signal = new AbortController().signal;
    expect(await search('LOST', signal)).toEqual([{ value: 'lost', label: 'Lost customers', detail: '9 customers' }]);
    expect((await search('large_', signal)).map((o) => o.detail)).toEqual(['1 customer']);
    expect((await search('loyal', signal)).map((o) => o.value)).toEqual(['tier:large_loyal']);
    expect(await search('vip', signal)).toEqual([]);
  });
});
