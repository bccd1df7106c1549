import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/index.ts';
import { decodeCursor, encodeCursor } from './listing-cursor.ts';

describe('listing cursors', () => {
  it('round-trip the sort key and id of any row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.string({ minLength: 1 }), (key, id) => {
        const cursor = { sort: 'price-asc' as const, key, id };
        expect(decodeCursor(encodeCursor(cursor), 'price-asc')).toEqual(cursor);
      }),
    );
  });

  it('reject a cursor made for another sort order', () => {
    const raw = encodeCursor({ sort: 'price-asc', key: 100, id: 'p1' });
    expect(() => decodeCursor(raw, 'name-asc')).toThrow(DomainError);
  });

  it('reject garbage and tampered cursors with a readable error', () => {
    for (const raw of ['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), encodeCursor({ sort: 'newest', key: 'yesterday', id: 'x' })]) {
      expect(() => decodeCursor(raw, 'newest')).toThrow(/not valid for this listing/);
    }
  });
});
