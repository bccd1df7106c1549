// Sign-up, sign-in, password resets and confirming an account's e-mail address. The API is headless: sign-up and sign-in return the
// session token for the front end to keep in an HttpOnly cookie and send back as a Bearer token.
import { EmailVerificationInput, PasswordResetInput, PasswordResetRequestInput, SignInInput, SignUpInput } from '@tandem/validators';
import type { SignedIn } from '@tandem/core/accounts';
import { customerProcedure, publicProcedure, router, shopperProcedure, type ApiContext } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const authRouter = router({
  signUp: publicProcedure
    .input(SignUpInput)
    .mutation(async ({ ctx, input }) => afterSignIn(ctx, await ctx.services.accounts.signUp(input, requestInfo(ctx)))),

  signIn: publicProcedure
    .input(SignInInput)
    .mutation(async ({ ctx, input }) => afterSignIn(ctx, await ctx.services.accounts.signIn(input, requestInfo(ctx)))),

  /** Ends the request's session; fine without one. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.auth.sessionToken) await ctx.services.accounts.signOut(ctx.auth.sessionToken);
  }),

  /** Ends every session of the signed-in customer, this one included. */
  signOutEverywhere: customerProcedure.mutation(async ({ ctx }) => {
    await ctx.services.accounts.signOutEverywhere(ctx.customer.id);
  }),

  /** Always succeeds, whether or not the e-mail has an account. */
  requestPasswordReset: publicProcedure
    .input(PasswordResetRequestInput)
    .mutation(({ ctx, input }) => ctx.services.accounts.requestPasswordReset(input.email, { ip: ctx.auth.ip })),

  resetPassword: publicProcedure.input(PasswordResetInput).mutation(({ ctx, input }) => ctx.services.accounts.resetPassword(input)),

  /** Opens the link of a confirmation e-mail: `verified` now, or why not (`used`, `expired`, `invalid`). No session needed: the link is the proof. */
  verifyEmail: publicProcedure
    .meta(rest('POST', '/auth/email-verifications', { tag: 'Account', summary: 'Confirm an account’s e-mail address', description: 'With the token of the link in the confirmation e-mail. Answers `verified`, or `used`, `expired` or `invalid`.' }))
    .input(EmailVerificationInput)
    .mutation(({ ctx, input }) => ctx.services.accounts.verifyEmail(input.token)),

  /** The signed-in customer's profile, or null when the request has no valid session. */
  me: shopperProcedure.query(({ ctx }) => (ctx.customer ? ctx.services.accounts.me(ctx.customer.id) : null)),
});

function requestInfo(ctx: ApiContext) {
  return { ip: ctx.auth.ip, userAgent: ctx.auth.userAgent, presentedSessionToken: ctx.auth.sessionToken };
}

/** The shopper's anonymous cart becomes (or merges into) the customer's cart. */
async function afterSignIn(ctx: ApiContext, result: SignedIn): Promise<SignedIn> {
  if (ctx.auth.cartToken) await ctx.services.carts.claimAnonymousCart(ctx.auth.cartToken, result.customer.id);
  return result;
}
