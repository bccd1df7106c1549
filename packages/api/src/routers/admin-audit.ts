// The audit log, for administrators: who changed what, with before and after.
import { listAuditEntries } from '@tandem/core/staff';
import { AuditListInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

export const adminAuditRouter = router({
  list: staffProcedure('audit').input(AuditListInput).query(({ ctx, input }) => listAuditEntries(ctx.services.prisma, input)),
});
