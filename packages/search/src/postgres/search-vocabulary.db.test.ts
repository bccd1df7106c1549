// The vocabulary ("SearchTerm") behind "did you mean" and suggestions: its document counts stay
// those of a full recount through bulk writes, edits and removals, and a write only touches the
// words of the documents it writes (a full recount per batch made a 100k reindex quadratic).
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc } from '../contract/fixture-documents.ts';
import type { SearchDocument } from '../port.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';

const ADJECTIVES = ['carbon', 'steel', 'alloy', 'titanium', 'bamboo'];
const NOUNS = ['gravel bike', 'road helmet', 'trail shoe', 'city lock', 'touring bag'];

function product(i: number, title = `${ADJECTIVES[i % 5]} ${NOUNS[Math.floor(i / 5) % 5]} ${i}`): SearchDocument {
  return doc({ id: `p${i}`, title, category: ['parts/misc', 'Parts', 'Misc'], brand: ['acme', 'Acme'], price: 1_000 + i, createdAt: '2026-01-01T00:00:00.000Z' });
}

let db: TestDatabase;
let engine: PostgresSearchEngine;

const counts = async (): Promise<Record<string, number>> => {
  const rows = await db.prisma.$queryRawUnsafe<{ term: string; documents: number }[]>('SELECT term, documents FROM "SearchTerm" WHERE documents > 0 ORDER BY term');
  return Object.fromEntries(rows.map((row) => [row.term, row.documents]));
};
const recount = async (): Promise<Record<string, number>> => {
  const rows = await db.prisma.$queryRawUnsafe<{ term: string; documents: number }[]>(
    `SELECT word AS term, ndoc::int AS documents FROM ts_stat('SELECT "searchVector" FROM "SearchDocument"')
      WHERE length(word) >= 3 AND word !~ '^[0-9]+$' ORDER BY word`,
  );
  return Object.fromEntries(rows.map((row) => [row.term, row.documents]));
};

beforeAll(async () => {
  db = await createTestDatabase();
  engine = new PostgresSearchEngine(db.prisma);
});
afterAll(() => db.close());

describe('PostgreSQL search vocabulary', () => {
  it('keeps document counts equal to a full recount through bulk writes, edits and removals', async () => {
    await engine.index(Array.from({ length: 150 }, (_, i) => product(i)));
    expect(await counts()).toEqual(await recount());
    await engine.index([product(3, 'wooden gravel bike 3'), product(7, 'carbon road helmet 7'), product(200)]);
    expect(await counts()).toEqual(await recount());
    await engine.remove(['p0', 'p1', 'p200', 'absent']);
    expect(await counts()).toEqual(await recount());
    expect((await counts())['wooden']).toBe(1);
  });

  it('leaves the counts of words that no written document holds alone, however large the write', async () => {
    await db.prisma.$executeRawUnsafe(`UPDATE "SearchTerm" SET documents = 999 WHERE term = 'bamboo'`);
    // None of these documents says "bamboo": a write of 150 used to recount every word.
    await engine.index(Array.from({ length: 150 }, (_, i) => product(1_000 + i, `steel city lock ${i}`)));
    expect((await counts())['bamboo']).toBe(999);
  });
});
