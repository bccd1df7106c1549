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

/** Removes documents and returns the text they carried, whose words may have left the vocabulary. */
export async function deleteDocuments(sql: Sql, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await sql.$queryRawUnsafe<{ searchText: string }[]>(
    `DELETE FROM "SearchDocument" WHERE id = ANY($1::text[]) RETURNING "searchText"`,
    ids,
  );
  return rows.map((row) => row.searchText);
}

/**
 * Recounts, for every word of `texts`, how many documents carry it. Words of three letters or
 * more, not pure numbers; a count of 0 keeps a word out of suggestions until it returns.
 */
export async function refreshVocabulary(sql: Sql, texts: string[]): Promise<void> {
  if (!texts.length) return;
  await sql.$executeRawUnsafe(
    `WITH words AS (
       SELECT DISTINCT w AS term
         FROM unnest($1::text[]) AS t(text), unnest(tsvector_to_array(to_tsvector('tandem_search', t.text))) AS w
        WHERE length(w) >= 3 AND w !~ '^[0-9]+$')
     INSERT INTO "SearchTerm" (term, documents)
     SELECT term, (SELECT count(*) FROM "SearchDocument" d WHERE d."searchVector" @@ to_tsquery('simple', quote_literal(term)))
       FROM words
     ON CONFLICT (term) DO UPDATE SET documents = EXCLUDED.documents`,
    texts,
  );
}

export function vocabularyTextOf(documents: SearchDocument[]): string[] {
  return documents.map((doc) => toRow(doc).words);
}
