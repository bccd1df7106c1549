// The few fields other contexts need to name and link a product (support tickets, e-mails).
import type { PrismaClient } from '@tandem/db';
import { VISIBLE } from './visibility.ts';

export interface ProductLink {
  id: string;
  title: string;
  slug: string;
}

/** Visible products among these ids; unknown, draft and archived ones are left out. */
export async function productLinks(prisma: PrismaClient, ids: readonly string[]): Promise<Map<string, ProductLink>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.product.findMany({ where: { ...VISIBLE, id: { in: [...new Set(ids)] } }, select: { id: true, title: true, slug: true } });
  return new Map(rows.map((row) => [row.id, row]));
}
