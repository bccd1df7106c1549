// Fuzzy title matching in memory, with the same score as PostgreSQL's pg_trgm similarity():
// each word is padded ("  word ") and cut into trigrams; the score is shared trigrams over all
// distinct trigrams of both titles. An inverted index from trigram to titles means each offer
// is only compared with titles it shares a trigram with, instead of every product: 100 offer
// titles against 10k products took ~1.4 s each in SQL on PGlite, and take milliseconds here.

/** The distinct trigrams of a text, as pg_trgm extracts them (lower case, words of letters and digits). */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/** pg_trgm's similarity of two texts, 0–1. */
export function trigramSimilarity(a: string, b: string): number {
  const [x, y] = [trigrams(a), trigrams(b)];
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface TitleEntry {
  id: string;
  /** Texts that name the entry (e.g. the title with and without the brand); the best one counts. */
  texts: string[];
}

export class TitleIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly sizes: number[] = [];
  private readonly owners: string[] = [];

  constructor(entries: readonly TitleEntry[]) {
    for (const entry of entries) {
      for (const text of entry.texts) {
        const slot = this.sizes.length;
        const grams = trigrams(text);
        this.sizes.push(grams.size);
        this.owners.push(entry.id);
        for (const gram of grams) {
          const list = this.postings.get(gram);
          if (list) list.push(slot);
          else this.postings.set(gram, [slot]);
        }
      }
    }
  }

  /** The most similar entry and its score; ties go to the smaller id. Null when nothing shares a trigram. */
  best(title: string): { id: string; score: number } | null {
    const grams = trigrams(title);
    const shared = new Map<number, number>();
    for (const gram of grams) for (const slot of this.postings.get(gram) ?? []) shared.set(slot, (shared.get(slot) ?? 0) + 1);
    let best: { id: string; score: number } | null = null;
    for (const [slot, count] of shared) {
      const score = count / (grams.size + (this.sizes[slot] ?? 0) - count);
      const id = this.owners[slot] ?? '';
      if (!best || score > best.score || (score === best.score && id < best.id)) best = { id, score };
    }
    return best;
  }
}
