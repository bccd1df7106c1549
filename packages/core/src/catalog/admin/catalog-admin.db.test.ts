import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, makeBrand, makeCategory, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adjustStock, createBrand, createCategory, createProduct, createVariant, deleteCategory, deleteProductImage, moveCategory, reorderImages,
  setProductAttributes, setProductStatus, stockHistory, updateProduct, updateVariant, uploadProductImage,
} from './index.ts';

let db: TestDatabase;
let mediaDir: string;
let staff: { id: string; email: string };
let categoryId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-media-'));
  const person = await db.prisma.customer.create({ data: { email: 'cm@example.test', name: 'CM', passwordHash: 'x', roles: ['CATALOG_MANAGER'] } });
  staff = { id: person.id, email: person.email };
  categoryId = (await makeCategory(db.prisma, 'tools')).id;
});
afterAll(async () => {
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

const audits = (entityId: string) => db.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });

describe('products', () => {
  it('creates a draft with a generated unique slug, edits and archives it, each audited with before and after', async () => {
    const first = await createProduct(db.prisma, staff, { title: 'Torque Wrench!', description: '', categoryId, featured: false });
    const second = await createProduct(db.prisma, staff, { title: 'Torque wrench', description: '', categoryId, featured: false });
    expect([first.slug, second.slug, first.status]).toEqual(['torque-wrench', 'torque-wrench-2', 'DRAFT']);
    await expect(updateProduct(db.prisma, staff, { id: second.id, slug: 'torque-wrench' })).rejects.toMatchObject({ kind: 'conflict', fields: { slug: expect.any(Array) } });
    const edited = await updateProduct(db.prisma, staff, { id: first.id, title: 'Torque wrench 1/2"' });
    expect(edited).toMatchObject({ title: 'Torque wrench 1/2"', slug: 'torque-wrench' });

    await expect(setProductStatus(db.prisma, staff, { id: first.id, status: 'ACTIVE' })).rejects.toThrow(/at least one variant/);
    await createVariant(db.prisma, staff, { productId: first.id, sku: 'TW-12', title: '', priceAmount: 4_995, currency: 'EUR', optionValues: {}, weightGrams: 0, stockOnHand: 3 });
    expect((await setProductStatus(db.prisma, staff, { id: first.id, status: 'ACTIVE' })).publishedAt).not.toBeNull();
    await setProductStatus(db.prisma, staff, { id: first.id, status: 'ARCHIVED' });
    await expect(setProductStatus(db.prisma, staff, { id: first.id, status: 'ACTIVE' })).rejects.toThrow(/unarchive/);
    expect((await setProductStatus(db.prisma, staff, { id: first.id, status: 'DRAFT' })).status).toBe('DRAFT');

    const entries = await audits(first.id);
    expect(entries.map((e) => e.action)).toEqual(['catalog.product.create', 'catalog.product.update', 'catalog.product.activate', 'catalog.product.archive', 'catalog.product.draft']);
    expect(entries[1]).toMatchObject({ actorEmail: 'cm@example.test', before: expect.objectContaining({ title: 'Torque Wrench!' }), after: expect.objectContaining({ title: 'Torque wrench 1/2"' }) });
    expect(await db.prisma.product.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ minPriceAmount: 4_995, inStock: true });
  });

  it('refuses a SKU another variant uses, a “was” price below the price and a second currency', async () => {
    const product = await createProduct(db.prisma, staff, { title: 'Chain tool', description: '', categoryId, featured: false });
    const base = { productId: product.id, title: '', currency: 'EUR', optionValues: {}, weightGrams: 0, stockOnHand: 0 };
    await createVariant(db.prisma, staff, { ...base, sku: 'CT-1', priceAmount: 1_000 });
    await expect(createVariant(db.prisma, staff, { ...base, sku: 'CT-1', priceAmount: 1_000 })).rejects.toMatchObject({ kind: 'conflict', fields: { sku: expect.any(Array) } });
    await expect(createVariant(db.prisma, staff, { ...base, sku: 'CT-2', priceAmount: 1_000, compareAtAmount: 900 })).rejects.toMatchObject({ fields: { compareAtAmount: expect.any(Array) } });
    await expect(createVariant(db.prisma, staff, { ...base, sku: 'CT-3', priceAmount: 1_000, currency: 'USD' })).rejects.toMatchObject({ fields: { currency: ['Use EUR'] } });
    const variant = await createVariant(db.prisma, staff, { ...base, sku: 'CT-4', priceAmount: 1_200, optionValues: { size: 'L' } });
    expect(variant.title).toBe('L');
    await expect(updateVariant(db.prisma, staff, { id: variant.id, sku: 'CT-1' })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await db.prisma.productVariant.count({ where: { sku: { startsWith: 'CT-' } } })).toBe(2);
  });

  it('replaces attributes as a whole', async () => {
    const product = await createProduct(db.prisma, staff, { title: 'Pump', description: '', categoryId, featured: false });
    await setProductAttributes(db.prisma, staff, { productId: product.id, attributes: [{ name: 'material', value: 'steel' }, { name: 'material', value: 'steel' }] });
    const after = await setProductAttributes(db.prisma, staff, { productId: product.id, attributes: [{ name: 'colour', value: 'red' }] });
    expect(after.attributes).toEqual([{ name: 'colour', value: 'red' }]);
  });
});

describe('stock', () => {
  it('records every adjustment with its reason and never goes below zero', async () => {
    const product = await createProduct(db.prisma, staff, { title: 'Spoke key', description: '', categoryId, featured: false });
    const variant = await createVariant(db.prisma, staff, { productId: product.id, sku: 'SK-1', title: '', priceAmount: 500, currency: 'EUR', optionValues: {}, weightGrams: 0, stockOnHand: 2 });
    expect(await adjustStock(db.prisma, staff, { variantId: variant.id, delta: 10, reason: 'RECEIVED', note: 'PO 41' })).toMatchObject({ stockOnHand: 12 });
    expect(await adjustStock(db.prisma, staff, { variantId: variant.id, delta: -2, reason: 'DAMAGED', note: '' })).toMatchObject({ stockOnHand: 10 });
    await expect(adjustStock(db.prisma, staff, { variantId: variant.id, delta: -11, reason: 'CORRECTION', note: '' })).rejects.toThrow(/Only 10 in stock/);
    const history = await stockHistory(db.prisma, { variantId: variant.id, limit: 10 });
    expect(history.map((h) => [h.reason, h.delta, h.stockAfter])).toEqual([['DAMAGED', -2, 10], ['RECEIVED', 10, 12], ['RECEIVED', 2, 2]]);
    expect((await audits(variant.id)).map((e) => e.action)).toEqual(['catalog.variant.create', 'catalog.stock.adjust', 'catalog.stock.adjust']);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(10);
  });

  it('lets concurrent take-aways never oversell', async () => {
    const product = await createProduct(db.prisma, staff, { title: 'Tyre lever', description: '', categoryId, featured: false });
    const variant = await createVariant(db.prisma, staff, { productId: product.id, sku: 'TL-1', title: '', priceAmount: 300, currency: 'EUR', optionValues: {}, weightGrams: 0, stockOnHand: 5 });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => adjustStock(db.prisma, staff, { variantId: variant.id, delta: -2, reason: 'LOST', note: '' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(1);
  });
});

describe('categories and brands', () => {
  it('moves a sub-tree with its paths, refuses cycles and deletes only empty categories', async () => {
    const bikes = await createCategory(db.prisma, staff, { name: 'Bikes', parentId: null, description: '' });
    const road = await createCategory(db.prisma, staff, { name: 'Road', parentId: bikes.id, description: '' });
    const aero = await createCategory(db.prisma, staff, { name: 'Aero', parentId: road.id, description: '' });
    expect(aero).toMatchObject({ path: 'bikes/road/aero', depth: 2 });
    await expect(moveCategory(db.prisma, staff, { id: bikes.id, parentId: aero.id })).rejects.toThrow(/inside it/);
    await expect(moveCategory(db.prisma, staff, { id: bikes.id, parentId: bikes.id })).rejects.toThrow(/itself/);
    await moveCategory(db.prisma, staff, { id: road.id, parentId: null });
    expect(await db.prisma.category.findUniqueOrThrow({ where: { id: aero.id } })).toMatchObject({ path: 'road/aero', depth: 1 });
    await expect(deleteCategory(db.prisma, staff, road.id)).rejects.toThrow(/Only an empty category/);
    await deleteCategory(db.prisma, staff, aero.id);
    expect((await audits(aero.id)).map((e) => e.action)).toEqual(['catalog.category.create', 'catalog.category.delete']);
  });

  it('gives brands unique slugs', async () => {
    await makeBrand(db.prisma, 'acme');
    expect((await createBrand(db.prisma, staff, { name: 'Acme', description: '' })).slug).toBe('acme-2');
    await expect(createBrand(db.prisma, staff, { name: 'Acme', slug: 'acme', description: '' })).rejects.toMatchObject({ kind: 'conflict' });
  });
});

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==', 'base64');

describe('images', () => {
  it('stores an upload under its content hash, orders images and deletes the file with the last image', async () => {
    const product = await createProduct(db.prisma, staff, { title: 'Bell', description: '', categoryId, featured: false });
    const a = await uploadProductImage(db.prisma, staff, mediaDir, { productId: product.id, alt: 'The bell', bytes: PNG_1x1 });
    const b = await uploadProductImage(db.prisma, staff, mediaDir, { productId: product.id, alt: 'Again', bytes: PNG_1x1 });
    expect(a).toMatchObject({ width: 2, height: 3, position: 0, url: expect.stringMatching(/^\/media\/uploads\/[0-9a-f]{32}\.png$/) });
    expect(b.url).toBe(a.url);
    expect(await readdir(path.join(mediaDir, 'uploads'))).toHaveLength(1);
    expect((await reorderImages(db.prisma, staff, { productId: product.id, imageIds: [b.id, a.id] })).order).toEqual([b.id, a.id]);
    await expect(reorderImages(db.prisma, staff, { productId: product.id, imageIds: [a.id] })).rejects.toThrow(/exactly once/);
    await expect(uploadProductImage(db.prisma, staff, mediaDir, { productId: product.id, alt: 'x', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="1" height="1"></svg>') })).rejects.toThrow(/onload attribute/);
    await deleteProductImage(db.prisma, staff, mediaDir, a.id);
    expect(await readdir(path.join(mediaDir, 'uploads'))).toHaveLength(1);
    await deleteProductImage(db.prisma, staff, mediaDir, b.id);
    expect(await readdir(path.join(mediaDir, 'uploads'))).toHaveLength(0);
  });
});
