// Matching a shopper's question against the FAQ: TF-IDF vectors with cosine similarity over
// normalised, stemmed words. Pure and deterministic. FAQ lists are small (tens to hundreds of
// entries), so scoring all of them in memory is faster than any index round trip.

export interface FaqCandidate {
  id: string;
  question: string;
  keywords: readonly string[];
  position: number;
}

export interface FaqMatch {
  id: string;
  /** Cosine similarity in [0, 1]. */
  score: number;
}

/** Below this similarity a question goes to a person rather than getting an automatic answer. */
export const DEFAULT_AUTO_ANSWER_THRESHOLD = 0.35;

const STOP_WORDS = new Set(
  ('a about after all also am an and any are as at be been before but by can could did do does doing for from ' +
    'get got had has have having he her here hi hello him his how i if in into is it its just me my no not of on ' +
    'or our please so some than thank thanks that the their them then there these they this to too us very was ' +
    'we were what when where which who why will with would you your yours').split(' '),
);

/** Lower-case, accents removed, split on anything that is not a letter or digit, stemmed. */
export function terms(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

/**
 * A light English stemmer: folds the common inflections (plural, -ing, -ed, -ly) so that
 * "returns", "returning" and "returned" meet at "return". Deliberately conservative: it only
 * strips a suffix when at least three letters remain.
 */
export function stem(word: string): string {
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss|us)$/, '$1'],
    [/(ch|sh|x|z)es$/, '$1'],
    [/s$/, ''],
  ];
  let result = word;
  for (const [pattern, replacement] of rules) {
    if (pattern.test(result)) {
      const candidate = result.replace(pattern, replacement);
      if (candidate.length >= 3) result = candidate;
      break;
    }
  }
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (result.endsWith(suffix) && result.length - suffix.length >= 3) {
      result = result.slice(0, -suffix.length);
      // "shipping" → "shipp" → "ship"
      if (/([b-df-hj-np-tv-z])\1$/.test(result) && !/(ll|ss|zz)$/.test(result)) result = result.slice(0, -1);
      break;
    }
  }
  return result;
}

type Vector = Map<string, number>;

/** Ranks the FAQ for a question, best first; entries sharing no word with it are left out. */
export function rankFaq(question: string, entries: readonly FaqCandidate[]): FaqMatch[] {
  const documents = entries.map((entry) => terms([entry.question, ...entry.keywords].join(' ')));
  const idf = inverseDocumentFrequency(documents);
  // Words no FAQ entry uses cannot make a match more likely, but they do make the question about
  // something else: they count in the question's length with the weight of the rarest word.
  const unknownWeight = Math.max(1, ...idf.values());
  const queryVector = weigh(terms(question), idf, unknownWeight);
  if (queryVector.size === 0) return [];
  const matches = entries.map((entry, index) => ({ entry, score: cosine(queryVector, weigh(documents[index] ?? [], idf, unknownWeight)) }));
  return matches
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.position - b.entry.position || a.entry.id.localeCompare(b.entry.id))
    .map(({ entry, score }) => ({ id: entry.id, score: Math.round(score * 1e6) / 1e6 }));
}

/** The entry that answers the question well enough to answer automatically, if any. */
export function bestFaqMatch(question: string, entries: readonly FaqCandidate[], threshold = DEFAULT_AUTO_ANSWER_THRESHOLD): FaqMatch | null {
  const [best] = rankFaq(question, entries);
  return best && best.score >= threshold ? best : null;
}

function inverseDocumentFrequency(documents: readonly string[][]): Map<string, number> {
  const containing = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) containing.set(term, (containing.get(term) ?? 0) + 1);
  // Smoothed so a word in every entry still counts a little, and an unknown word counts most.
  const idf = new Map<string, number>();
  for (const [term, count] of containing) idf.set(term, Math.log((1 + documents.length) / (1 + count)) + 1);
  return idf;
}

function weigh(words: readonly string[], idf: Map<string, number>, unknownWeight: number): Vector {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Sub-linear term frequency: an entry that repeats "shipping" three times is not three times
  // as much about shipping.
  const vector: Vector = new Map();
  for (const [word, count] of counts) vector.set(word, (1 + Math.log(count)) * (idf.get(word) ?? unknownWeight));
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
