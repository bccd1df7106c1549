import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { generateCatalog } from './index.ts';

let db: TestDatabase;
let mediaDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(tmpdir(), 'tandem-generate-'));
});

afterAll(async () => {
  await db?.close();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

describe('generateCatalog', () => {
  it('creates the requested number of active products with variants, in batches with progress', async () => {
    const progress: number[] = [];
    const result = await generateCatalog(db.prisma, { products: 500, mediaDir, batchSize: 200, onProgress: (done) => progress.push(done) });
    expect(result.createdProducts).toBe(500);
    expect(progress).toEqual([0, 200, 400, 500]);
    expect(await db.prisma.product.count({ where: { status: 'ACTIVE' } })).toBe(500);
    expect(await db.prisma.product.count({ where: { variants: { none: {} } } })).toBe(0);
    expect(await db.prisma.productVariant.count()).toBe(result.createdVariants);
    expect(await db.prisma.product.count({ where: { minPriceAmount: { lte: 0 } } })).toBe(0);
    const files = await readdir(path.join(mediaDir, 'products'));
    expect(files.length).toBe(result.imageFiles);
    // A shared pool: at most one file per image kind, colour and view.
    expect(files.length).toBeLessThan(500);
    expect(files.every((file) => file.startsWith('pool-'))).toBe(true);
  }, 120_000);

  it('skips products that already exist when run again with the same seed', async () => {
    const again = await generateCatalog(db.prisma, { products: 500, mediaDir });
    expect(again.createdProducts).toBe(0);
    expect(await db.prisma.product.count()).toBe(500);
  }, 120_000);
});
