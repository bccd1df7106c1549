// The mechanics every e-mailed one-time link shares (password reset, e-mail verification): a
// random token that only the e-mail carries, stored as its SHA-256 with an expiry, and used up
// once. Each use case keeps its own table; the checks of a presented link live here once.
import { hashToken, newToken } from './tokens.ts';

/** A link's stored facts, as every one-time link table keeps them. */
export interface OneTimeLinkRow {
  expiresAt: Date;
  usedAt: Date | null;
}

/** What a presented link is worth: `invalid` covers unknown and altered tokens alike. */
export type OneTimeLinkState = 'valid' | 'used' | 'expired' | 'invalid';

/** A new link: the raw token for the e-mail (never stored) and the columns to store. */
export interface IssuedLink {
  token: string;
  row: { tokenHash: string; createdAt: Date; expiresAt: Date };
}

/**
 * Makes a link valid for `lifetimeMs` from `now`.
 *
 * @example const { token, row } = issueOneTimeLink(now, RESET_TOKEN_LIFETIME_MS); await tx.passwordResetToken.create({ data: { ...row, customerId } });
 */
export function issueOneTimeLink(now: Date, lifetimeMs: number): IssuedLink {
  const token = newToken();
  return { token, row: { tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + lifetimeMs) } };
}

/** The state of a link's row (null: no row has the token's hash). A used link stays used after it expires. */
export function oneTimeLinkState(row: OneTimeLinkRow | null, now: Date): OneTimeLinkState {
  if (!row) return 'invalid';
  if (row.usedAt) return 'used';
  return row.expiresAt <= now ? 'expired' : 'valid';
}

/** The where clause that finds a presented token's row. */
export const byPresentedToken = (token: string) => ({ tokenHash: hashToken(token) });
