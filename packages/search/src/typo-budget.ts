// How many typos a query word may carry, shared by both adapters so they forgive the same
// mistakes (issue #18: Meilisearch let the 4-letter "cafe" match "Cadence" by one typo, and
// PostgreSQL corrected "xylophone" to "phone" because trigram similarity ignores length).

/** Words this long may carry one typo ("helmt" → helmet); shorter ones must be exact or a prefix. */
export const ONE_TYPO_MIN_LENGTH = 5;
/** Words this long may carry two typos. */
export const TWO_TYPOS_MIN_LENGTH = 9;

/**
 * The typos allowed in a query word of this length: 0 below 5 letters, 1 below 9, else 2 —
 * Meilisearch's defaults, which the Meilisearch adapter sends as `minWordSizeForTypos`.
 */
export function typoBudget(word: string): number {
  const length = [...word].length;
  return length >= TWO_TYPOS_MIN_LENGTH ? 2 : length >= ONE_TYPO_MIN_LENGTH ? 1 : 0;
}

/**
 * Typos between a query word and an indexed word: insertions, deletions, substitutions and
 * swaps of neighbours count one each (optimal string alignment); a different first letter
 * counts one more, as Meilisearch counts it, because shoppers rarely get the first letter wrong.
 *
 * @example typoCount('gravle', 'gravel') // 1
 */
export function typoCount(typed: string, indexed: string): number {
  const a = [...typed];
  const b = [...indexed];
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  const firstLetterPenalty = a.length && b.length && a[0] !== b[0] ? 1 : 0;
  return previous[b.length]! + firstLetterPenalty;
}

/** Whether `indexed` is close enough to the typed word to stand in for it. */
export function withinTypoBudget(typed: string, indexed: string): boolean {
  const budget = typoBudget(typed);
  return budget > 0 && typoCount(typed, indexed) <= budget;
}
