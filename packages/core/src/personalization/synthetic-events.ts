// A synthetic event log with planted preferences, for the offline evaluation and the tests:
// each customer follows a persona that favours a few categories (the road cyclist, the commuter),
// and products within a category differ in appeal (a Zipf curve), as in real shops. A good
// recommender must recover the personas well above what popularity alone achieves.
import { createRandom } from '@tandem/db/seed';
import type { Interaction } from './types.ts';

export interface SyntheticProduct {
  productId: string;
  categoryId: string;
}

export interface SyntheticOptions {
  products: readonly SyntheticProduct[];
  customers: number;
  /** Events spread over this many days before `now`. */
  days: number;
  now: Date;
  seed: number;
  /** Share of views in the persona's own categories. Default 0.8. */
  preferenceStrength?: number;
  /** Categories each persona favours. Default 2. */
  categoriesPerPersona?: number;
  personas?: number;
  /** Browsing sessions per customer, drawn uniformly from this range. Default [2, 10]. */
  sessionsPerCustomer?: readonly [number, number];
}

export interface SyntheticLog {
  interactions: Interaction[];
  /** The planted preference of each visitor: the category ids their persona favours. */
  preferences: Map<string, string[]>;
}

export function generateSyntheticEvents(options: SyntheticOptions): SyntheticLog {
  // The seed package's generator (mulberry32): the same seed gives the same log everywhere.
  const random = createRandom(options.seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const byCategory = new Map<string, string[]>();
  for (const product of [...options.products].sort((a, b) => a.productId.localeCompare(b.productId))) {
    const list = byCategory.get(product.categoryId) ?? [];
    list.push(product.productId);
    byCategory.set(product.categoryId, list);
  }
  const categories = [...byCategory.keys()].sort();
  // Within a category, appeal follows a Zipf curve over a shuffled order.
  for (const list of byCategory.values()) shuffle(list, random);
  const zipf = (list: readonly string[]) => {
    const weights = list.map((_, rank) => 1 / (rank + 1));
    let roll = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < list.length; i++) if ((roll -= weights[i]!) <= 0) return list[i]!;
    return list[list.length - 1]!;
  };

  const perPersona = Math.min(options.categoriesPerPersona ?? 2, categories.length);
  const personas = Array.from({ length: options.personas ?? Math.max(2, Math.ceil(categories.length / perPersona)) }, () => shuffle([...categories], random).slice(0, perPersona));
  const strength = options.preferenceStrength ?? 0.8;
  const interactions: Interaction[] = [];
  const preferences = new Map<string, string[]>();
  const span = options.days * 86_400_000;
  const [minSessions, maxSessions] = options.sessionsPerCustomer ?? [2, 10];

  for (let c = 0; c < options.customers; c++) {
    const visitor = `synthetic-${String(c).padStart(5, '0')}`;
    const persona = pick(personas);
    preferences.set(visitor, persona);
    const sessions = minSessions + Math.floor(random() * (maxSessions - minSessions + 1));
    for (let s = 0; s < sessions; s++) {
      let at = options.now.getTime() - random() * span;
      const views = 2 + Math.floor(random() * 6);
      for (let v = 0; v < views; v++) {
        at += 30_000 + random() * 120_000;
        const preferred = random() < strength;
        const category = preferred ? pick(persona) : pick(categories);
        const productId = zipf(byCategory.get(category)!);
        interactions.push({ visitor, productId, kind: 'VIEW', at: new Date(at) });
        if (preferred && random() < 0.25) {
          interactions.push({ visitor, productId, kind: 'ADD_TO_CART', at: new Date(at + 5_000) });
          if (random() < 0.5) interactions.push({ visitor, productId, kind: 'PURCHASE', at: new Date(at + 600_000) });
        }
      }
    }
  }
  interactions.sort((a, b) => a.at.getTime() - b.at.getTime() || a.visitor.localeCompare(b.visitor));
  return { interactions, preferences };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
