import { describe, expect, it } from 'vitest';
import { contractDocuments } from '../contract/fixture-documents.ts';
import type { SearchDocument } from '../port.ts';
import { fromMeiliProduct, RETRIEVED_FIELDS, toMeiliProduct, type MeiliHit } from './meilisearch-documents.ts';

/** What Meilisearch hands back for a hit: only the retrieved fields. */
const retrieved = (doc: SearchDocument) => {
  const stored = toMeiliProduct(doc);
  return Object.fromEntries(RETRIEVED_FIELDS.filter((field) => field in stored).map((field) => [field, stored[field]])) as unknown as MeiliHit;
};

describe('Meilisearch documents', () => {
  it('store no copy of the document beside its fields', () => {
    const stored = toMeiliProduct(contractDocuments[0]!);
    expect(stored).not.toHaveProperty('payload');
    expect(JSON.stringify(stored).split(contractDocuments[0]!.description).length - 1).toBe(1);
  });

  it('give back the document from the retrieved fields alone', () => {
    for (const doc of contractDocuments) expect(fromMeiliProduct(retrieved(doc))).toEqual(doc);
  });

  it('keep an attribute whose name or value holds "=", a sale price, a rating and an image', () => {
    const doc: SearchDocument = {
      ...contractDocuments[0]!,
      attributes: [{ name: 'ratio', value: '2=1' }, { name: 'a=b', value: 'c' }],
      compareAtAmount: 250_000,
      ratingAverage: 4.5,
      ratingCount: 3,
      image: { url: '/media/x.svg', alt: 'X', width: 600, height: 450 },
    };
    expect(fromMeiliProduct(retrieved(doc))).toEqual(doc);
  });
});
