// Bearer secrets (session, cart and password-reset tokens): random, and stored only hashed, so a
// leaked database row cannot be replayed as a cookie.
import { createHash, randomBytes } from 'node:crypto';

/** A new 256-bit token, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores for a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
