import { describe, expect, it } from 'vitest';
import { schemaPrice, updatedAgo } from './price-comparison.ts';

describe('updatedAgo', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('says how long ago an offer was confirmed', () => {
    expect(updatedAgo('2026-11-23T11:59:40Z', now)).toBe('updated just now');
    expect(updatedAgo('2026-11-23T11:55:00Z', now)).toBe('updated 5 minutes ago');
    expect(updatedAgo('2026-11-23T09:00:00Z', now)).toBe('updated 3 hours ago');
    expect(updatedAgo('2026-11-22T10:00:00Z', now)).toBe('updated yesterday');
    expect(updatedAgo('2026-11-23T12:00:05Z', now)).toBe('updated just now');
  });
});

describe('schemaPrice', () => {
  it('writes decimal prices in major units', () => {
    expect(schemaPrice({ amount: 3650, currency: 'EUR' })).toBe('36.50');
    expect(schemaPrice({ amount: 1500, currency: 'JPY' })).toBe('1500');
  });
});
