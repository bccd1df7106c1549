// How long staff sessions last and how recently staff must have typed their password before a
// high-impact action. The one home of these numbers: accounts enforces the session limits on
// every request (through `sessionLimitsFor`), the API's `sensitiveStaffProcedure` the re-auth window.
import type { Role } from '@tandem/db';
import { CUSTOMER_SESSION_LIMITS, type SessionLimits } from '../accounts/index.ts';
import { DomainError } from '../shared/index.ts';
import { isStaff } from './permissions.ts';

const MINUTE = 60_000;

/**
 * Staff sessions (OWASP ASVS V3 for high-value accounts): they end after 30 minutes without a
 * request and 12 hours after sign-in however busy, and refunds, payouts and role grants ask for
 * the password again when it was last typed more than 5 minutes ago.
 */
export const STAFF_SESSION = {
  idleTimeoutMs: 30 * MINUTE,
  lifetimeMs: 12 * 60 * MINUTE,
  reauthWindowMs: 5 * MINUTE,
} as const;

const STAFF_SESSION_LIMITS: SessionLimits = { lifetimeMs: STAFF_SESSION.lifetimeMs, idleTimeoutMs: STAFF_SESSION.idleTimeoutMs };

/**
 * The session policy of the store: staff limits for any account holding a staff role (on every
 * front end, since a session token opens the whole API), customers' otherwise.
 */
export function sessionLimitsFor(roles: readonly Role[]): SessionLimits {
  return isStaff(roles) ? STAFF_SESSION_LIMITS : CUSTOMER_SESSION_LIMITS;
}

/** Whether a password typed at `reauthenticatedAt` (null: never in this session) still covers a sensitive action at `now`. */
export function hasRecentReauth(reauthenticatedAt: Date | null, now: Date): boolean {
  if (!reauthenticatedAt) return false;
  const age = now.getTime() - reauthenticatedAt.getTime();
  // A stamp a little ahead is another API process's clock running fast, not a forgery.
  return age > -MINUTE && age <= STAFF_SESSION.reauthWindowMs;
}

/** The machine-readable reason of {@link ReauthRequiredError}, for clients to open a password dialog. */
export const REAUTH_REQUIRED = 'REAUTH_REQUIRED';

/** A sensitive action without a recent password: the client asks for it and retries. */
export class ReauthRequiredError extends DomainError {
  readonly reason = REAUTH_REQUIRED;
  constructor() {
    super('forbidden', 'Please confirm your password to continue.');
  }
}
