// What the accounts use cases share: the database, the rate limiter, the hashing cost, the clock
// and the session policy.
import type { PrismaClient } from '@tandem/db';
import type { ScryptCost } from './password-hash.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { SessionPolicy } from './session-limits.ts';

export interface AccountsDeps {
  prisma: PrismaClient;
  limiter: RateLimiter;
  scryptCost: ScryptCost;
  /** Base URL of the storefront, without a trailing slash, for links in e-mails. */
  storefrontUrl: string;
  now: () => Date;
  /** The session limits of an account's roles (staff sessions are short). */
  sessionPolicy: SessionPolicy;
  /** A hash of a random password at `scryptCost`, verified against when an e-mail is unknown. */
  dummyHash: () => Promise<string>;
}

/** The fields of a customer the API shows to that customer. */
export const customerViewSelect = { id: true, email: true, name: true, roles: true } as const;

/** E-mails are stored trimmed and lower-cased; look-ups use the same form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
