// How long a session lives: a lifetime from sign-in and, for some accounts, an idle timeout.
// Accounts enforces the limits; which limits an account gets is decided by the caller through a
// SessionPolicy (the API passes the staff context's: short sessions for staff accounts).
import type { Role } from '@tandem/db';

const MINUTE = 60_000;

/** The two clocks that end a session, whichever runs out first. */
export interface SessionLimits {
  /** From sign-in to the end, however busy the session is. */
  lifetimeMs: number;
  /** Without a request for this long, the session ends; null: no idle timeout. */
  idleTimeoutMs: number | null;
}

/**
 * The limits of an account with these roles, read at sign-in and again on every request, so a
 * role granted to someone already signed in shortens their session at once.
 */
export type SessionPolicy = (roles: readonly Role[]) => SessionLimits;

/** How long a customer's session lasts from sign-in. Not sliding: after 30 days they sign in again. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * MINUTE;

/** A shopper's session: 30 days, no idle timeout. */
export const CUSTOMER_SESSION_LIMITS: SessionLimits = { lifetimeMs: SESSION_LIFETIME_MS, idleTimeoutMs: null };

/**
 * `lastSeenAt` is written at most this often, so reads do not turn into writes. An idle timeout
 * therefore ends a session between `idleTimeoutMs - SEEN_RESOLUTION_MS` and `idleTimeoutMs`
 * after its last request, never later.
 */
export const SEEN_RESOLUTION_MS = MINUTE;

/** What a session row says about its age. */
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  /** The end written at sign-in, under the limits the account had then. */
  expiresAt: Date;
}

/** When the session ends under `limits`: the earliest of its stored end, its lifetime and its idle timeout. */
export function sessionEndsAt(session: SessionTimes, limits: SessionLimits): Date {
  const ends = [session.expiresAt.getTime(), session.createdAt.getTime() + limits.lifetimeMs];
  if (limits.idleTimeoutMs !== null) ends.push(session.lastSeenAt.getTime() + limits.idleTimeoutMs);
  return new Date(Math.min(...ends));
}
