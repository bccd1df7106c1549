import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller } from '../testing/callers.ts';
import { catalogStaff } from '../testing/catalog-staff.ts';

let db: TestDatabase;
let manager: Caller;
let support: Caller;
let categoryId: string;

beforeAll(async () => {
  ({ db, manager, support, categoryId } = await catalogStaff('lights'));
});
afterAll(() => db.close());

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==';

describe('adminCatalog router', () => {
  it('lets a catalog manager build, stock, picture and activate a product', async () => {
    const product = await manager.adminCatalog.products.create({ title: 'Dynamo light', categoryId });
    const variant = await manager.adminCatalog.variants.create({ productId: product.id, sku: 'DL-1', priceAmount: 3_450, stockOnHand: 4 });
    await manager.adminCatalog.stock.adjust({ variantId: variant.id, delta: 6, reason: 'RECEIVED' });
    const image = await manager.adminCatalog.images.upload({ productId: product.id, alt: 'The light, front', dataBase64: PNG });
    await manager.adminCatalog.products.setStatus({ id: product.id, status: 'ACTIVE' });
    const detail = await manager.adminCatalog.products.get({ id: product.id });
    expect(detail).toMatchObject({ slug: 'dynamo-light', status: 'ACTIVE', variants: [{ sku: 'DL-1', stockOnHand: 10, title: 'Default' }], images: [{ id: image.id, alt: 'The light, front' }] });
    expect((await manager.adminCatalog.products.list({ query: 'dl-1' })).items.map((p) => p.id)).toEqual([product.id]);
    expect((await manager.adminCatalog.stock.history({ variantId: variant.id })).map((h) => h.stockAfter)).toEqual([10, 4]);
    expect(await manager.adminCatalog.csv.export()).toContain('dynamo-light,Dynamo light,ACTIVE,lights,');
  });

  it('answers with readable errors: bad input per field, conflicts, refused files', async () => {
    await expect(manager.adminCatalog.variants.create({ productId: 'x', sku: 'bad sku!', priceAmount: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/sku[\s\S]*priceAmount|priceAmount[\s\S]*sku/) });
    await expect(manager.adminCatalog.products.create({ title: 'Dup', slug: 'dynamo-light', categoryId })).rejects.toMatchObject({ code: 'CONFLICT' });
    const product = await manager.adminCatalog.products.create({ title: 'Rear light', categoryId });
    await expect(manager.adminCatalog.images.upload({ productId: product.id, alt: 'x', dataBase64: Buffer.from('GIF89a....').toString('base64') })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/Only PNG, JPEG, WebP and SVG/) });
    await expect(manager.adminCatalog.csv.startImport({ csv: 'a,b\n1,2' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(manager.adminCatalog.csv.import({ id: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an SVG whose script hides behind a namespace prefix, and stores an accepted SVG as its sanitised document', async () => {
    const product = await manager.adminCatalog.products.create({ title: 'Bell', categoryId });
    const upload = (svg: string) => manager.adminCatalog.images.upload({ productId: product.id, alt: 'Bell', dataBase64: Buffer.from(svg).toString('base64') });
    const hidden = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><x:script>alert(document.cookie)</x:script><circle r="4"/></svg>';
    await expect(upload(hidden)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/active or external content \(<x:script>\)/) });

    const drawn = await upload('<!-- exported --><svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3" viewBox="0 0 10 10"><circle r="4"/></svg>');
    const stored = await readFile(path.join(os.tmpdir(), `tandem-test-media-${process.pid}`, drawn.url.replace(/^\/media\//, '')), 'utf8');
    expect(stored).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>\n');
  });

  it('refuses staff without the catalog permission', async () => {
    await expect(support.adminCatalog.products.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(support.adminCatalog.stock.adjust({ variantId: 'x', delta: 1, reason: 'RECEIVED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
