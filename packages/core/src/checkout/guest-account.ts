// After a guest order: an account that adopts it. The shopper proves they hold the order's link
// (the token on the confirmation page and in the e-mail); the account's e-mail is always the
// order's. A new account is created with only a password; when an account with that e-mail
// already exists, its owner must sign in first and then claim the order — a link alone never
// moves an order into an existing account.
import type { PrismaClient } from '@tandem/db';
import type { SignUpInput } from '@tandem/validators';
import type { RequestInfo, SignedIn } from '../accounts/index.ts';
import { adoptGuestOrder, guestOrderOwner, orderForCustomer, type OrderView } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';

/** Accounts' sign-up, given by the composition root (the account is created, then signed in). */
export type SignUp = (input: SignUpInput, request: RequestInfo) => Promise<SignedIn>;

/**
 * Creates an account with the guest order's e-mail and the given password, signs it in and
 * adopts the order. A taken e-mail is refused with a field error that says to sign in and claim.
 *
 * @example await createAccountForGuestOrder(prisma, accounts.signUp, { token, password }, { ip, userAgent }, now)
 */
export async function createAccountForGuestOrder(
  prisma: PrismaClient,
  signUp: SignUp,
  input: { token: string; password: string },
  request: RequestInfo,
  now: Date,
): Promise<SignedIn> {
  const owner = await guestOrderOwner(prisma, input.token, now);
  if (owner.customerId) throw new DomainError('conflict', 'This order already belongs to an account: sign in to see it.');
  let signedIn: SignedIn;
  try {
    signedIn = await signUp({ email: owner.email, password: input.password, name: owner.name || owner.email }, request);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'conflict') {
      const message = 'An account with this e-mail already exists. Sign in, then add this order to your account.';
      throw new DomainError('conflict', message, { password: [message] });
    }
    throw error;
  }
  await adoptGuestOrder(prisma, owner.orderId, signedIn.customer, now);
  return signedIn;
}

/**
 * Adds a guest order to the signed-in customer's account: they hold its link and their
 * account's e-mail is the one the order was placed with.
 */
export async function claimGuestOrder(prisma: PrismaClient, customer: { id: string; email: string }, token: string, now: Date): Promise<OrderView> {
  const owner = await guestOrderOwner(prisma, token, now);
  await adoptGuestOrder(prisma, owner.orderId, customer, now);
  return orderForCustomer(prisma, customer.id, owner.orderId);
}
