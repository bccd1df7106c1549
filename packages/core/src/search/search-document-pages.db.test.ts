import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocumentPages } from './search-document-pages.ts';

describe('searchDocumentPages', () => {
  let db: TestDatabase;
  let visibleIds: string[];
  beforeAll(async () => {
    db = await createTestDatabase();
    const category = await makeCategory(db.prisma, 'pumps');
    const made = [];
    for (const n of [1, 2, 3, 4, 5, 6, 7]) made.push(await makeProduct(db.prisma, { slug: `pump-${n}`, title: `Pump ${n}`, categoryId: category.id }));
    await makeProduct(db.prisma, { slug: 'pump-draft', title: 'Pump draft', categoryId: category.id, status: 'DRAFT' });
    visibleIds = made.map((product) => product.id).sort();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('gives every visible product once, in id order, in full pages, however many are built at once', async () => {
    for (const ahead of [1, 3, 10]) {
      const pages: string[][] = [];
      for await (const documents of searchDocumentPages(db.prisma, { pageSize: 2, ahead })) pages.push(documents.map((doc) => doc.id));
      expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
      expect(pages.flat()).toEqual(visibleIds);
    }
  });

  it('ends without an empty page when the last page is full', async () => {
    const pages: number[] = [];
    for await (const documents of searchDocumentPages(db.prisma, { pageSize: 7 })) pages.push(documents.length);
    expect(pages).toEqual([7]);
  });
});
