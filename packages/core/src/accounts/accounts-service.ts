import type { PrismaClient } from '@tandem/db';
import type { PasswordResetInput, SignInInput, SignUpInput } from '@tandem/validators';
import { NotFoundError, withoutTrailingSlash } from '../shared/index.ts';
import { createAddressBook } from './addresses.ts';
import { authenticate } from './authenticate.ts';
import { consentOf, setConsent, type ConsentChoices } from './consent.ts';
import { customerViewSelect, type AccountsDeps } from './deps.ts';
import { resendVerification, verifyEmail } from './email-verification.ts';
import { hashPassword, RECOMMENDED_SCRYPT_COST, type ScryptCost } from './password-hash.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { rateLimiterOf } from './rate-limit.ts';
import { reauthenticate } from './reauthenticate.ts';
import type { SessionPolicy } from './session-limits.ts';
import { revokeAllSessions, revokeSession } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { signUp } from './sign-up.ts';
import { newToken } from './tokens.ts';
import type { CustomerProfile, RequestInfo } from './types.ts';

export interface AccountsServiceOptions {
  /**
   * scrypt cost of new password hashes. Default {@link RECOMMENDED_SCRYPT_COST} (OWASP:
   * N=2^17, r=8, p=1). Lower it only in tests; hashes of another cost are redone at sign-in.
   */
  scryptCost?: ScryptCost;
  /** Base URL of the storefront, for links in e-mails (the host's configuration, e.g. STOREFRONT_URL). */
  storefrontUrl: string;
  /** The clock; tests move it to check expiry and rate-limit windows. */
  now?: () => Date;
  /**
   * The session limits of each account, by its roles (required: no default could know which
   * accounts are staff). The API passes the staff context's `sessionLimitsFor`.
   */
  sessionPolicy: SessionPolicy;
}

/**
 * Customer accounts, sessions, password resets, e-mail verification and address books, bound to
 * one database.
 * Created once per process.
 *
 * @example
 * const accounts = createAccountsService(db.prisma, { storefrontUrl: 'https://shop.example', sessionPolicy: sessionLimitsFor });
 * const { customer, session } = await accounts.signIn(SignInInput.parse(form), { ip, userAgent });
 */
export function createAccountsService(prisma: PrismaClient, options: AccountsServiceOptions) {
  const scryptCost = options.scryptCost ?? RECOMMENDED_SCRYPT_COST;
  const now = options.now ?? (() => new Date());
  let dummy: Promise<string> | undefined;
  const deps: AccountsDeps = {
    prisma,
    limiter: rateLimiterOf(prisma),
    scryptCost,
    storefrontUrl: withoutTrailingSlash(options.storefrontUrl),
    now,
    sessionPolicy: options.sessionPolicy,
    dummyHash: () => (dummy ??= hashPassword(newToken(), scryptCost)),
  };

  return {
    /** The customer of a live session token (within its idle timeout and lifetime), or null. */
    authenticate: (token: string) => authenticate(prisma, options.sessionPolicy, token, now()),
    /** Checks the password again and stamps the session; wrong passwords count as failed sign-ins. */
    reauthenticate: (sessionId: string, password: string, request: { ip: string }) => reauthenticate(deps, sessionId, password, request),
    signUp: (input: SignUpInput, request: RequestInfo) => signUp(deps, input, request),
    signIn: (input: SignInInput, request: RequestInfo) => signIn(deps, input, request),
    /** Ends the session of this token; idempotent. */
    signOut: (token: string) => revokeSession(prisma, token, now()),
    /** Ends every session of the customer; returns how many were live. */
    signOutEverywhere: (customerId: string) => revokeAllSessions(prisma, customerId, now()),
    requestPasswordReset: (email: string, request: { ip: string }) => requestPasswordReset(deps, email, request),
    resetPassword: (input: PasswordResetInput) => resetPassword(deps, input),
    /** Opens an e-mailed verification link; the result says whether it verified the address now. */
    verifyEmail: (token: string) => verifyEmail(deps, token),
    /** Sends a new verification link to the signed-in customer (refused once verified; rate limited). */
    resendVerification: (customerId: string) => resendVerification(deps, customerId),
    me: (customerId: string) => profile(prisma, customerId),
    addresses: createAddressBook(prisma),
    /** The customer's privacy choices (null: no such customer). */
    consent: (customerId: string) => consentOf(prisma, customerId),
    setConsent: (customerId: string, choices: Partial<ConsentChoices>) => setConsent(prisma, customerId, choices),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

async function profile(prisma: PrismaClient, customerId: string): Promise<CustomerProfile> {
  const row = await prisma.customer.findUnique({ where: { id: customerId }, select: { ...customerViewSelect, createdAt: true, emailVerifiedAt: true } });
  if (!row) throw new NotFoundError('customer', customerId);
  const { emailVerifiedAt, ...view } = row;
  return { ...view, createdAt: row.createdAt.toISOString(), emailVerified: emailVerifiedAt !== null };
}
