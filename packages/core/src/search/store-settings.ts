// The store's search vocabulary: synonyms shoppers use for the same thing, and words that carry
// no meaning in a query. Applied at start-up and by every reindex (idempotent).
import type { SearchSettings } from '@tandem/search/port';

export const storeSearchSettings: SearchSettings = {
  synonyms: {
    bike: ['bicycle', 'cycle'],
    tyre: ['tire'],
    mtb: ['mountain bike'],
    ebike: ['e-bike', 'electric bike'],
    jersey: ['shirt', 'top'],
    helmet: ['lid'],
    colour: ['color'],
    grey: ['gray'],
    aluminium: ['aluminum'],
  },
  stopWords: ['a', 'an', 'and', 'the', 'for', 'with', 'of', 'in', 'on', 'to', 'de', 'la', 'le', 'les', 'et', 'der', 'die', 'das', 'und'],
};
