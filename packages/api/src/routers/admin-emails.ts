// The admin "Sent e-mail" page's procedures: every e-mail in the outbox and one with both parts.
// `audit` (administrators only): the e-mails hold shoppers' addresses and orders, and live
// password-reset and guest-order links that would let a reader act as the shopper.
import { SentEmailByIdInput, SentEmailListInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

export const adminEmailsRouter = router({
  list: staffProcedure('audit').input(SentEmailListInput).query(({ ctx, input }) => ctx.services.adminEmails.list(input)),
  byId: staffProcedure('audit').input(SentEmailByIdInput).query(({ ctx, input }) => ctx.services.adminEmails.byId(input.id)),
});
