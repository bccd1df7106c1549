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
    attributes: attributeKeys(doc),
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

/** A document's attributes as stored: its "name=value" pairs, in the document's order. */
function attributeKeys(doc: SearchDocument): string[] {
  return doc.attributes.map((a) => attributeKey(a.name, a.value));
}

/**
 * Writes the documents, in one transaction with `registerAttributeSets` before it (the
 * engine's index transaction): each row takes the id of its attribute list.
 */
export async function upsertDocuments(sql: Sql, documents: SearchDocument[]): Promise<void> {
  if (!documents.length) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchDocument" (id, document, "searchVector", "searchText", "brandSlug", "categoryPaths", attributes, "attributeSetId",
        "priceMinAmount", "bestPriceAmount", "inStock", "ratingAverage", "ratingCount", "createdAt", "indexedAt")
     SELECT x.id, x.document,
            setweight(to_tsvector('tandem_search', x.title), 'A')
              || setweight(to_tsvector('tandem_search', x.facets), 'B')
              || setweight(to_tsvector('tandem_search', x.body), 'C'),
            lower(tandem_unaccent(x.words)), x."brandSlug", x."categoryPaths", x.attributes,
            (SELECT s.id FROM "SearchAttributeSet" s WHERE s.attributes = x.attributes),
            x."priceMinAmount", x."bestPriceAmount", x."inStock", x."ratingAverage", x."ratingCount",
            x."createdAt"::timestamptz AT TIME ZONE 'UTC', now()
       FROM json_to_recordset($1::json) AS x(id text, document jsonb, title text, facets text, body text, words text,
            "brandSlug" text, "categoryPaths" text[], attributes text[], "priceMinAmount" integer, "bestPriceAmount" integer,
            "inStock" boolean, "ratingAverage" double precision, "ratingCount" integer, "createdAt" text)
     ON CONFLICT (id) DO UPDATE SET
       document = EXCLUDED.document, "searchVector" = EXCLUDED."searchVector", "searchText" = EXCLUDED."searchText",
       "brandSlug" = EXCLUDED."brandSlug", "categoryPaths" = EXCLUDED."categoryPaths", attributes = EXCLUDED.attributes,
       "attributeSetId" = EXCLUDED."attributeSetId",
       "priceMinAmount" = EXCLUDED."priceMinAmount", "bestPriceAmount" = EXCLUDED."bestPriceAmount",
       "inStock" = EXCLUDED."inStock", "ratingAverage" = EXCLUDED."ratingAverage", "ratingCount" = EXCLUDED."ratingCount",
       "createdAt" = EXCLUDED."createdAt", "indexedAt" = EXCLUDED."indexedAt"`,
    JSON.stringify(documents.map(toRow)),
  );
}

/**
 * Adds the attribute lists of these documents that "SearchAttributeSet" does not hold yet. A
 * statement of its own, before upsertDocuments: a list another writer added meanwhile is then
 * visible to the upsert's lookup (READ COMMITTED), which one statement's snapshot would miss.
 */
export async function registerAttributeSets(sql: Sql, documents: SearchDocument[]): Promise<void> {
  if (!documents.length) return;
  // In list order, so concurrent writers take the unique index's locks in the same order.
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchAttributeSet" (attributes)
     SELECT DISTINCT a.attributes FROM json_to_recordset($1::json) AS a(attributes text[]) ORDER BY 1
     ON CONFLICT (attributes) DO NOTHING`,
    JSON.stringify(documents.map((doc) => ({ attributes: attributeKeys(doc) }))),
  );
}

/** Removes documents; take their words out of the vocabulary first (shiftVocabulary). */
export async function deleteDocuments(sql: Sql, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await sql.$executeRawUnsafe('DELETE FROM "SearchDocument" WHERE id = ANY($1::text[])', ids);
}

/**
 * Moves the vocabulary's document counts by the words these documents hold now: +1 per document
 * for each of its words (`direction` 1, after writing them) or −1 (`direction` -1, before
 * replacing or removing them). Counts start at 0 from an empty index, so they stay exact; a count
 * of 0 keeps a word out of suggestions until it returns. Computed in SQL from the documents
 * written, so a write costs what it writes: recounting the whole vocabulary per batch made a
 * full reindex quadratic (at 100k products a late page took over 5 s, past the transaction's limit).
 */
export async function shiftVocabulary(sql: Sql, ids: string[], direction: 1 | -1): Promise<void> {
  if (!ids.length) return;
  // A word leaving can only be one the vocabulary holds: never insert a negative count.
  // In term order, so concurrent writers lock vocabulary rows in the same order.
  await sql.$executeRawUnsafe(
    `INSERT INTO "SearchTerm" (term, documents)
     SELECT c.term, c.n * $2::int FROM (
       SELECT w.term, count(*)::int AS n
         FROM "SearchDocument" d, unnest(tsvector_to_array(d."searchVector")) AS w(term)
        WHERE d.id = ANY($1::text[]) AND length(w.term) >= 3 AND w.term !~ '^[0-9]+$'
        GROUP BY w.term) c
      WHERE $2::int > 0 OR EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term = c.term)
      ORDER BY c.term
     ON CONFLICT (term) DO UPDATE SET documents = GREATEST("SearchTerm".documents + EXCLUDED.documents, 0)`,
    ids,
    direction,
  );
}
