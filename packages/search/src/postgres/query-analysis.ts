// Turns what the shopper typed into a tsquery: each word matches as a prefix ("carb" finds
// "carbon"), or through its synonyms, or — when no indexed word starts with it — through the
// closest indexed words by trigram similarity (typo tolerance). Words are AND-ed; stop words are
// dropped unless nothing else is left. One round trip reads stop words, synonyms and candidates.
import { Prisma, type PrismaClient } from '@tandem/db';
import { queryWords } from '../query-words.ts';
import { ONE_TYPO_MIN_LENGTH, withinTypoBudget } from '../typo-budget.ts';

interface WordFacts {
  word: string;
  stop: boolean;
  known: boolean;
  synonyms: string[];
  corrections: string[];
}

export interface AnalysedQuery {
  /** The words after accent folding, in order. */
  words: string[];
  /** A to_tsquery() expression, or null when the query has no words. */
  tsquery: string | null;
  /** The query with misspelt words replaced by their closest indexed words, or null. */
  didYouMean: string | null;
  /** The normalised query text, for the trigram fallback. */
  text: string;
}

/** Corrections scoring this much below the best one are dropped. */
const CORRECTION_SPREAD = 0.05;

export async function analyseQuery(prisma: PrismaClient, query: string): Promise<AnalysedQuery> {
  const words = queryWords(query);
  if (!words.length) return { words, tsquery: null, didYouMean: null, text: '' };
  const facts = await prisma.$queryRaw<WordFacts[]>(Prisma.sql`
    SELECT w.word,
      EXISTS (SELECT 1 FROM "SearchStopWord" s WHERE s.word = w.word) AS stop,
      k.known,
      ARRAY(SELECT s.synonym FROM "SearchSynonym" s WHERE s.term = w.word ORDER BY s.synonym) AS synonyms,
      -- A word some indexed word starts with needs no correction: skip the trigram search.
      -- Words too short for a typo (typo-budget.ts) get none, as on Meilisearch.
      CASE WHEN length(w.word) < ${ONE_TYPO_MIN_LENGTH} OR k.known THEN ARRAY[]::text[] ELSE
        ARRAY(SELECT c.term FROM (
                SELECT t.term, similarity(t.term, w.word) AS score, max(similarity(t.term, w.word)) OVER () AS best, t.documents
                  FROM "SearchTerm" t WHERE t.documents > 0 AND t.term % w.word) c
               -- Only the closest words: a near-tie is ambiguous enough to keep, a distant one is noise.
               WHERE c.score >= c.best - ${CORRECTION_SPREAD}
               ORDER BY c.score DESC, c.documents DESC, c.term LIMIT 3) END AS corrections
    FROM unnest(${words}::text[]) WITH ORDINALITY AS raw(word, ord),
         LATERAL (SELECT lower(tandem_unaccent(raw.word)) AS word, lower(tandem_unaccent(raw.word)) || '%' AS pattern) w,
         LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term LIKE w.pattern AND t.documents > 0) AS known) k
    ORDER BY raw.ord`);
  // Trigram similarity ignores how much of the word differs: "phone" shares enough trigrams
  // with "xylophone" to pass, four letters away. Keep corrections within the typo budget.
  for (const fact of facts) fact.corrections = fact.corrections.filter((correction) => withinTypoBudget(fact.word, correction));
  const meaningful = facts.filter((fact) => !fact.stop);
  const used = meaningful.length ? meaningful : facts;
  const tsquery = used.map(wordClause).join(' & ');
  const misspelt = used.some((fact) => !fact.known && fact.corrections.length);
  const didYouMean = misspelt
    ? facts.map((fact) => (!fact.stop && !fact.known && fact.corrections[0] ? fact.corrections[0] : fact.word)).join(' ')
    : null;
  return { words: facts.map((fact) => fact.word), tsquery, didYouMean, text: facts.map((fact) => fact.word).join(' ') };
}

/** One word's alternatives: itself as a prefix, its synonyms (phrases for multi-word ones), corrections. */
function wordClause(fact: WordFacts): string {
  const alternatives = [`${lexeme(fact.word)}:*`];
  for (const synonym of fact.synonyms) alternatives.push(phrase(synonym));
  if (!fact.known) for (const correction of fact.corrections) alternatives.push(lexeme(correction));
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
}

function phrase(text: string): string {
  const parts = queryWords(text).map(lexeme);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/** Quotes a word for to_tsquery; words only hold letters and digits, quoting keeps it literal anyway. */
function lexeme(word: string): string {
  return `'${word.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;
}
