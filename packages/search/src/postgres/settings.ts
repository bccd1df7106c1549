// Synonyms and stop words live in two small tables the queries read; applying settings
// replaces their contents in one transaction, so applying the same settings twice is a no-op.
import type { PrismaClient } from '@tandem/db';
import type { SearchSettings } from '../port.ts';
import { queryWords } from '../query-words.ts';

/** Synonym pairs in both directions, each side normalised like query words. */
export function synonymPairs(synonyms: SearchSettings['synonyms']): { term: string; synonym: string }[] {
  const pairs = new Map<string, { term: string; synonym: string }>();
  const add = (term: string, synonym: string) => {
    if (term && synonym && term !== synonym) pairs.set(`${term}\u0000${synonym}`, { term, synonym });
  };
  for (const [key, words] of Object.entries(synonyms)) {
    const term = queryWords(key).join(' ');
    for (const word of words) {
      const synonym = queryWords(word).join(' ');
      add(term, synonym);
      add(synonym, term);
    }
  }
  return [...pairs.values()];
}

export async function replaceSettings(prisma: PrismaClient, settings: SearchSettings): Promise<void> {
  const stopWords = [...new Set(settings.stopWords.flatMap((word) => queryWords(word)))];
  await prisma.$transaction(async (tx) => {
    await tx.searchSynonym.deleteMany();
    await tx.searchSynonym.createMany({ data: synonymPairs(settings.synonyms) });
    await tx.searchStopWord.deleteMany();
    await tx.searchStopWord.createMany({ data: stopWords.map((word) => ({ word })) });
  });
}
