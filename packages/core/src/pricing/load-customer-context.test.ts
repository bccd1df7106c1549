import type { PrismaClient } from '@tandem/db';
import { describe, expect, it, vi } from 'vitest';
import { loadCustomerContext } from './load-customer-context.ts';

// Only segments are asked for, so the database is never touched.
const noDatabase = {} as PrismaClient;
const onlySegments = { group: false, firstOrder: false, redemptions: false, segments: true };

describe('loadCustomerContext', () => {
  it("reads the segments through the caller's lookup only when a promotion needs them", async () => {
    const segmentKeysOf = vi.fn(async () => ['key_account']);
    expect((await loadCustomerContext(noDatabase, 'c1', { segmentKeysOf }, onlySegments)).segmentKeys).toEqual(['key_account']);
    expect(segmentKeysOf).toHaveBeenCalledWith('c1');
    segmentKeysOf.mockClear();
    expect((await loadCustomerContext(noDatabase, 'c1', { segmentKeysOf }, { ...onlySegments, segments: false })).segmentKeys).toEqual([]);
    expect(segmentKeysOf).not.toHaveBeenCalled();
  });

  it('prefers segments the caller already knows, and leaves a guest without any', async () => {
    const segmentKeysOf = vi.fn(async () => ['key_account']);
    expect((await loadCustomerContext(noDatabase, 'c1', { segmentKeys: ['vip'], segmentKeysOf }, onlySegments)).segmentKeys).toEqual(['vip']);
    expect((await loadCustomerContext(noDatabase, null, { segmentKeysOf }, onlySegments)).segmentKeys).toEqual([]);
    expect(segmentKeysOf).not.toHaveBeenCalled();
  });
});
