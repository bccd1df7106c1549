import { describe, expect, it } from 'vitest';
import { rebuildIndexUid, rebuildStartedAt } from './meilisearch-rebuild.ts';

describe('rebuild index names', () => {
  it('reads back when a rebuild started from its fresh index name', () => {
    const at = new Date('2026-12-07T08:01:02.345Z');
    expect(rebuildStartedAt('products', rebuildIndexUid('products', at))).toEqual(at);
  });

  it('does not take the live index, another index or a malformed time for a rebuild', () => {
    for (const uid of ['products', 'products_old', 'products_2026120708010234', 'other_20261207080102345', 'products_20261207080102345_x']) {
      expect(rebuildStartedAt('products', uid)).toBeNull();
    }
  });
});
