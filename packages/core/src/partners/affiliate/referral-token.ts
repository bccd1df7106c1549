// The visitor's referral token (the attribution cookie's value) and the one-way digests the
// store keeps instead of raw values: the token's SHA-256, and a keyed digest of the address.
import { createHash, createHmac, randomBytes } from 'node:crypto';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,64}$/;

/** A new opaque token: 24 random bytes, base64url. It names a click trail, not a person. */
export function newReferralToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Whether a value someone sent can be a token we issued (anything else is ignored). */
export function isReferralToken(value: string | null | undefined): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value);
}

export function hashReferralToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A keyed digest of the client address: equal addresses give equal digests (for flood counts),
 * but the address cannot be recovered from the table without the key.
 */
export function hashClientAddress(ip: string, key: string): string {
  return createHmac('sha256', key).update(ip).digest('hex').slice(0, 32);
}
