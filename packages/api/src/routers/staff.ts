// Who the signed-in staff member is and what they may do; the admin app builds its navigation
// from `permissions` and refuses accounts that are not staff. `reauthenticate` is the step-up
// that `sensitiveStaffProcedure` asks for: the password again, for a few minutes of high-impact actions.
import { TRPCError } from '@trpc/server';
import { isStaff, isStaffRole, permissionsOf, STAFF_SESSION } from '@tandem/core/staff';
import { ReauthenticateInput } from '@tandem/validators';
import { customerProcedure, router } from '../trpc.ts';

const NOT_STAFF = 'This account is not a staff account.';

/** A signed-in staff member; FORBIDDEN for a customer account. */
const staffMember = customerProcedure.use(({ ctx, next }) => {
  if (!isStaff(ctx.customer.roles)) throw new TRPCError({ code: 'FORBIDDEN', message: NOT_STAFF });
  return next();
});

export const staffRouter = router({
  /** The staff member behind the session; FORBIDDEN for a customer account. */
  me: staffMember.query(({ ctx }) => {
    const { id, name, email, roles } = ctx.customer;
    return { id, name, email, roles: roles.filter(isStaffRole), permissions: permissionsOf(roles) };
  }),

  /**
   * The password typed again: refunds, payouts and partner approvals are allowed for the next
   * `validForMs`. A wrong password is BAD_REQUEST on the `password` field and counts as a failed
   * sign-in (TOO_MANY_REQUESTS past the sign-in limits).
   */
  reauthenticate: staffMember.input(ReauthenticateInput).mutation(async ({ ctx, input }) => {
    const { reauthenticatedAt } = await ctx.services.accounts.reauthenticate(ctx.customer.sessionId, input.password, { ip: ctx.auth.ip });
    return { reauthenticatedAt, validForMs: STAFF_SESSION.reauthWindowMs };
  }),
});
