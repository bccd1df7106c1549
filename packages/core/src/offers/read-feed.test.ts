import { describe, expect, it } from 'vitest';
import { readFeed } from './read-feed.ts';

const link = 'https://shop.example/x';

describe('readFeed', () => {
  it('reads Google-style CSV headers ("g:" prefixes, spaces, any case)', () => {
    const feed = readFeed(`\uFEFFg:ID,Title,G:Price,Sale Price,Link\r\nA,"Saddle, gel",49.95 EUR,39.95 EUR,${link}\r\n`, 'CSV', 'NL');
    expect(feed.rejected).toEqual([]);
    expect(feed.rows).toEqual([{ row: 2, offer: expect.objectContaining({ externalId: 'A', title: 'Saddle, gel', priceAmount: 4995, saleAmount: 3995 }) }]);
  });

  it('rejects a CSV record with the wrong number of fields, naming its line', () => {
    const feed = readFeed(`id,title,price,link\nA,"two\nlines",1 EUR,${link}\nB,short\n`, 'CSV', 'NL');
    expect(feed.rowCount).toBe(2);
    expect(feed.rejected).toEqual([{ row: 3, externalId: 'B', reasons: ['row has 2 fields, the header 4 (line 4)'] }]);
  });

  it('numbers JSON items from 1 and rejects items that are not objects', () => {
    const feed = readFeed(JSON.stringify({ items: [{ id: 7, title: 'Bell', price: 5, currency: 'EUR', link }, 'oops', null] }), 'JSON', 'NL');
    expect(feed.rows.map((r) => [r.row, r.offer.externalId])).toEqual([[1, '7']]);
    expect(feed.rejected).toEqual([
      { row: 2, externalId: null, reasons: ['row is not an object'] },
      { row: 3, externalId: null, reasons: ['row is not an object'] },
    ]);
  });

  it('refuses feeds that cannot be read as a whole', () => {
    expect(() => readFeed('title,price\nx,1', 'CSV', 'NL')).toThrow(/no "id" column/);
    expect(() => readFeed('', 'CSV', 'NL')).toThrow(/no header row/);
    expect(() => readFeed('{"offers": []}', 'JSON', 'NL')).toThrow(/array of offers/);
  });
});
