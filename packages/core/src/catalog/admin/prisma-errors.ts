// Unique-constraint violations (Prisma's P2002, or PostgreSQL's 23505 from raw SQL) raced past a
// check: turned into the same conflict the check would have given.
import { DomainError } from '../../shared/index.ts';

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause;
  return code === 'P2002' || code === '23505' || cause?.code === '23505' || cause?.originalCode === '23505';
}

/** Runs `write`; a unique violation becomes a conflict on `field` with `message`. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', message, { [field]: ['Already used; choose another'] });
    throw error;
  }
}
