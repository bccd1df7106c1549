// The audit log, for administrators: who changed what, with before and after.
import { AuditListInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

export const adminAuditRouter = router({
  list: staffProcedure('audit').input(AuditListInput).query(({ ctx, input }) => ctx.services.adminAudit.list(input)),
});
