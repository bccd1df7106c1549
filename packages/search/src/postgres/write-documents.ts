// Writes documents into "SearchDocument" in one statement per batch (json_to_recordset), with
// the weighted tsvector built in SQL by the accent-folding `tandem_search` configuration, and
// keeps the vocabulary ("SearchTerm") that "did you mean" and autocomplete read.
import type { PrismaClient } from '@tandem/db';
import type { SearchDocument } from '../port.ts';

type Sql = Pick<PrismaClient, '$executeRawUnsafe' | '$queryRawUnsafe'>;

interface DocumentRow {
  id: string;
  document: SearchDocument;
  title: string;
  /** Weight B: brand and category names. */
  facets: string;
  /** Weight C: description, attribute values and SKUs. */
  body: string;
  /** Title, brand, categories and attribute values: the trigram and vocabulary text. */
  words: string;
  brandSlug: string | null;
  categoryPaths: string[];
  attributes: string[];
  priceMinAmount: number;
  bestPriceAmount: number;
  inStock: boolean;
  ratingAverage: number | null;
  ratingCount: number;
  createdAt: string;
}

function toRow(doc: SearchDocument): DocumentRow {
  const attributeValues = doc.attributes.map((a) => a.value).join(' ');
  const facets = [doc.brand?.name ?? '', ...doc.categoryNames].join(' ');
  return {
    id: doc.id,
    document: doc,
    title: doc.title,
    facets,
    body: [doc.description, attributeValues, doc.skus.join(' ')].join(' '),
    words: [doc.title, facets, attributeValues].join(' '),
    brandSlug: doc.brand?.slug ?? null,
    categoryPaths: doc.categoryPaths,
    attributes: doc.attributes.map((a) => attributeKey(a.name, a.value)),
    priceMinAmount: doc.priceMinAmount,
    bestPriceAmount: doc.bestPriceAmount,
    inStock: doc.inStock,
    ratingAverage: doc.ratingAverage,
    ratingCount: doc.ratingCount,
    createdAt: doc.createdAt,
  };
}

/** How an attribute filter value is stored and matched: "colour=Red". */
export function attributeKey(name: string, value: string): string {
  return `${name}=${value}`;
}

export async function upsertDocuments(sql: Sql, documents: SearchDocument[]): Promise<void> {
  if (!documents.length) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchDocument" (id, document, "searchVector", "searchText", "brandSlug", "categoryPaths", attributes,
        "priceMinAmount", "bestPriceAmount", "inStock", "ratingAverage", "ratingCount", "createdAt", "indexedAt")
     SELECT x.id, x.document,
            setweight(to_tsvector('tandem_search', x.title), 'A')
              || setweight(to_tsvector('tandem_search', x.facets), 'B')
              || setweight(to_tsvector('tandem_search', x.body), 'C'),
            lower(tandem_unaccent(x.words)), x."brandSlug", x."categoryPaths", x.attributes,
            x."priceMinAmount", x."bestPriceAmount", x."inStock", x."ratingAverage", x."ratingCount",
            x."createdAt"::timestamptz AT TIME ZONE 'UTC', now()
       FROM json_to_recordset($1::json) AS x(id text, document jsonb, title text, facets text, body text, words text,
            "brandSlug" text, "categoryPaths" text[], attributes text[], "priceMinAmount" integer, "bestPriceAmount" integer,
            "inStock" boolean, "ratingAverage" double precision, "ratingCount" integer, "createdAt" text)
     ON CONFLICT (id) DO UPDATE SET
       document = EXCLUDED.document, "searchVector" = EXCLUDED."searchVector", "searchText" = EXCLUDED."searchText",
       "brandSlug" = EXCLUDED."brandSlug", "categoryPaths" = EXCLUDED."categoryPaths", attributes = EXCLUDED.attributes,
       "priceMinAmount" = EXCLUDED."priceMinAmount", "bestPriceAmount" = EXCLUDED."bestPriceAmount",
       "inStock" = EXCLUDED."inStock", "ratingAverage" = EXCLUDED."ratingAverage", "ratingCount" = EXCLUDED."ratingCount",
       "createdAt" = EXCLUDED."createdAt", "indexedAt" = EXCLUDED."indexedAt"`,
    JSON.stringify(documents.map(toRow)),
  );
}

/** Removes documents and returns their words (once per document), which may have left the vocabulary. */
export async function deleteDocuments(sql: Sql, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await sql.$queryRawUnsafe<{ term: string }[]>(
    `WITH gone AS (DELETE FROM "SearchDocument" WHERE id = ANY($1::text[]) RETURNING "searchVector")
     SELECT unnest(tsvector_to_array("searchVector")) AS term FROM gone`,
    ids,
  );
  return rows.map((row) => row.term);
}

/** The indexed words of some documents, once per document that has them. */
export async function termsOf(sql: Sql, ids: string[]): Promise<string[]> {
  const rows = await sql.$queryRawUnsafe<{ term: string }[]>(
    `SELECT unnest(tsvector_to_array("searchVector")) AS term FROM "SearchDocument" WHERE id = ANY($1::text[])`,
    ids,
  );
  return rows.map((row) => row.term);
}

/**
 * Moves the vocabulary's document counts by what one write changed: +1 for each word a document
 * gained, −1 for each it lost. Counts start exact from a full recount (rebuildVocabulary), so
 * they stay exact; a count of 0 keeps a word out of suggestions until it returns.
 */
export async function adjustVocabulary(sql: Sql, gained: string[], lost: string[]): Promise<void> {
  const usable = (terms: string[]) => terms.filter((term) => term.length >= 3 && !/^[0-9]+$/.test(term));
  const delta = new Map<string, number>();
  for (const term of usable(gained)) delta.set(term, (delta.get(term) ?? 0) + 1);
  for (const term of usable(lost)) delta.set(term, (delta.get(term) ?? 0) - 1);
  for (const [term, change] of delta) if (change === 0) delta.delete(term);
  if (!delta.size) return;
  // A lost word can only be one the vocabulary holds; GREATEST guards against a count below 0.
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchTerm" (term, documents)
     SELECT t.term, GREATEST(t.change, 0) FROM unnest($1::text[], $2::int[]) AS t(term, change) ORDER BY t.term
     ON CONFLICT (term) DO UPDATE SET documents = GREATEST("SearchTerm".documents + (
       SELECT u.change FROM unnest($1::text[], $2::int[]) AS u(term, change) WHERE u.term = EXCLUDED.term), 0)`,
    [...delta.keys()],
    [...delta.values()],
  );
}

/**
 * Recounts the whole vocabulary from the index in one pass (ts_stat): cheaper than word-by-word
 * counts when a large batch was written, as in a full reindex.
 */
export async function rebuildVocabulary(sql: Sql): Promise<void> {
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchTerm" (term, documents)
     SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "SearchDocument"')
      WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
     ON CONFLICT (term) DO UPDATE SET documents = EXCLUDED.documents`,
  );
}
