// Slugs for products, categories and brands: generated from the name when none is given, made
// unique by a numeric suffix; a slug the admin typed must be free or the change is refused.
import type { Prisma } from '@tandem/db';
import { DomainError } from '../../shared/index.ts';

type Tx = Prisma.TransactionClient;
export type SlugTable = 'product' | 'category' | 'brand';

/** "Vélo Cargo 3000!" → "velo-cargo-3000"; "item" when nothing usable is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'item';
}

async function takenSlugs(tx: Tx, table: SlugTable, prefix: string): Promise<Set<string>> {
  const where = { slug: { startsWith: prefix } };
  const select = { slug: true } as const;
  const rows = table === 'product' ? await tx.product.findMany({ where, select }) : table === 'category' ? await tx.category.findMany({ where, select }) : await tx.brand.findMany({ where, select });
  return new Set(rows.map((r) => r.slug));
}

/**
 * The slug to store: `requested` if given and free (else a conflict naming the field), or the
 * first free one of `base`, `base-2`, `base-3`… `exceptId` is the row being edited.
 */
export async function chooseSlug(tx: Tx, table: SlugTable, options: { requested?: string | undefined; name: string; current?: string }): Promise<string> {
  if (options.requested !== undefined) {
    if (options.requested === options.current) return options.requested;
    const taken = await takenSlugs(tx, table, options.requested);
    if (taken.has(options.requested)) throw new DomainError('conflict', `The slug "${options.requested}" is already used by another ${table}.`, { slug: ['Already used; choose another'] });
    return options.requested;
  }
  const base = slugify(options.name);
  const taken = await takenSlugs(tx, table, base);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
