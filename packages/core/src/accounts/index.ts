// The accounts context's only public door.
export { createAccountsService, type AccountsService, type AccountsServiceOptions } from './accounts-service.ts';
export { hashPassword, verifyPassword, needsRehash, RECOMMENDED_SCRYPT_COST, type ScryptCost } from './password-hash.ts';
export {
  RATE_LIMITS,
  blockedUntil,
  bucket,
  createRateLimiter,
  isOver,
  rateLimiterOf,
  retryMessage,
  retrySoonMessage,
  type Bucket,
  type RateLimiter,
  type RateLimitRule,
  type Reservation,
} from './rate-limit.ts';
export { SIGN_IN_LIMITS, PAIR_DELAY, pairDelayMs } from './sign-in-throttle.ts';
export { SESSION_LIFETIME_MS, CUSTOMER_SESSION_LIMITS, SEEN_RESOLUTION_MS, sessionEndsAt, type SessionLimits, type SessionPolicy } from './session-limits.ts';
export { WRONG_PASSWORD } from './reauthenticate.ts';
export { RESET_TOKEN_LIFETIME_MS } from './password-reset.ts';
export { VERIFICATION_LINK_LIFETIME_MS, type VerificationResult } from './email-verification.ts';
export { INVALID_CREDENTIALS } from './sign-in.ts';
export { MAX_ADDRESSES } from './addresses.ts';
export { hashToken, newToken } from './tokens.ts';
export type * from './types.ts';
export { MARKETING_NEEDS_VERIFIED_EMAIL, consentOf, setConsent, customersWithMarketingConsent, resolveCustomerRefs, type ConsentChoices, type ConsentView } from './consent.ts';
export { grantRole, revokeRole } from './roles.ts';
export { createAccountIfAbsent, type KnownAccount } from './known-accounts.ts';
export { setCustomerGroup } from './customer-group.ts';
export { eraseAccount, erasedEmail, ERASED_NAME, type ErasedAccount } from './erase-account.ts';
export { upsertImportedCustomers, type ImportedCustomerRow, type ImportedCustomersResult } from './import-customers.ts';
