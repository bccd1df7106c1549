// What the set-based update steps need of a database client: raw statements, inside the
// update's transaction.
import type { PrismaClient } from '@tandem/db';

export type Sql = Pick<PrismaClient, '$executeRaw' | '$queryRaw'>;

export const DAY_MS = 86_400_000;

/** The UTC day number of a moment (days since 1970-01-01). */
export const dayOf = (at: Date): number => Math.floor(at.getTime() / DAY_MS);
