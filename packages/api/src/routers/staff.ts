// Who the signed-in staff member is and what they may do; the admin app builds its navigation
// from `permissions` and refuses accounts that are not staff.
import { TRPCError } from '@trpc/server';
import { isStaff, isStaffRole, permissionsOf } from '@tandem/core/staff';
import { customerProcedure, router } from '../trpc.ts';

export const staffRouter = router({
  /** The staff member behind the session; FORBIDDEN for a customer account. */
  me: customerProcedure.query(({ ctx }) => {
    const { id, name, email, roles } = ctx.customer;
    if (!isStaff(roles)) throw new TRPCError({ code: 'FORBIDDEN', message: 'This account is not a staff account.' });
    return { id, name, email, roles: roles.filter(isStaffRole), permissions: permissionsOf(roles) };
  }),
});
