import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkGroups, readCatalogCsv } from './import-rows.ts';

const HEADER = 'product_slug,product_title,category,sku,options,price_amount,currency,stock';

describe('readCatalogCsv', () => {
  it('groups variants by product and takes product columns from the first row that fills them', () => {
    const read = readCatalogCsv(`${HEADER}\nlamp,Lamp,,L-1,size=S;colour=red,1000,eur,3\nlamp,,lights,L-2,size=M,1000,EUR,\n`);
    expect(read.rejected).toEqual([]);
    expect(read.groups).toMatchObject([{ slug: 'lamp', title: 'Lamp', category: 'lights', rows: [{ row: 2, data: { sku: 'L-1', options: { size: 'S', colour: 'red' }, currency: 'EUR', stock: 3 } }, { row: 3, data: { stock: undefined } }] }]);
  });

  it('reports a wrong field count, bad values, a repeated SKU and a second currency, each with its row', () => {
    const read = readCatalogCsv(`${HEADER}\na,A,c,A-1,,100,EUR,1\na,A,c,A-2,,100\nb,B,c,B-1,,-5,EUR,x\na,A,c,A-1,,100,EUR,1\na,A,c,A-3,,100,USD,1`);
    expect(read.total).toBe(5);
    expect(read.rejected.map((r) => [r.row, r.externalId, r.reasons.length])).toEqual([[3, 'A-2', 1], [4, 'B-1', 2], [5, 'A-1', 1], [6, 'A-3', 1]]);
  });

  it('reads back a cell the export protected from spreadsheet formulas', () => {
    const read = readCatalogCsv(`product_slug,product_title,sku,price_amount,currency\nf,"'=SUM(A1)",F-1,1,EUR`);
    expect(read.groups[0]!.title).toBe('=SUM(A1)');
  });
});

describe('chunkGroups', () => {
  it('never splits a product and keeps every group once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (sizes, size) => {
        const groups = sizes.map((n, i) => ({ slug: `p${i}`, rows: Array.from({ length: n }), title: undefined, status: undefined, category: undefined, brand: undefined, description: undefined, attributes: undefined })) as unknown as Parameters<typeof chunkGroups>[0];
        const chunks = chunkGroups(groups, size);
        expect(chunks.flat().map((g) => g.slug)).toEqual(groups.map((g) => g.slug));
        for (const chunk of chunks.slice(0, -1)) expect(chunk.reduce((sum, g) => sum + g.rows.length, 0)).toBeGreaterThanOrEqual(size);
      }),
    );
  });
});
