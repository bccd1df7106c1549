// Accounts made by start-up code rather than by a sign-up form: the demo staff (staff context)
// and the demo partners (partners context). Accounts owns the Customer table, so they come here
// instead of writing it themselves.
import type { Prisma, PrismaClient, Role } from '@tandem/db';
import { normalizeEmail } from './deps.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * A known account: its e-mail, display name, an already hashed password and its roles. Its
 * address counts as verified: whoever configured the account vouched for it.
 */
export interface KnownAccount {
  email: string;
  name: string;
  /** From `hashPassword`, worked out before any transaction (scrypt is deliberately slow). */
  passwordHash: string;
  roles: Role[];
}

/**
 * Creates the account unless its e-mail is taken (also by another process doing the same at
 * the same moment); returns the new account's id, or null when nothing was created.
 *
 * @example const id = await createAccountIfAbsent(tx, { email: 'ada@tandem.test', name: 'Ada', passwordHash, roles: ['ADMIN'] });
 */
export async function createAccountIfAbsent(db: Db, account: KnownAccount): Promise<string | null> {
  const [row] = await db.customer.createManyAndReturn({
    data: [{ email: normalizeEmail(account.email), name: account.name, passwordHash: account.passwordHash, roles: account.roles, emailVerifiedAt: new Date() }],
    skipDuplicates: true,
    select: { id: true },
  });
  return row?.id ?? null;
}
