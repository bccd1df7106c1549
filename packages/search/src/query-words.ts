// How both adapters read what a shopper typed: words are runs of letters and digits, compared
// without case or accents.

/** Lower-cased, accent-free words of a query, in order, at most `max` of them. */
export function queryWords(query: string, max = 12): string[] {
  return foldAccents(query.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, max);
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}
