import type { Prisma } from '@tandem/db';

/** The products a shopper may see: active ones only, never drafts or archived products. */
export const VISIBLE: Prisma.ProductWhereInput = { status: 'ACTIVE' };
