// The admin "Sent e-mail" page's procedures: every e-mail in the outbox, one with both parts, and
// the documents it carries. `audit` (administrators only): the e-mails hold shoppers' addresses
// and orders, and live password-reset and guest-order links that would let a reader act as the shopper.
import { SentEmailAttachmentInput, SentEmailByIdInput, SentEmailListInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

export const adminEmailsRouter = router({
  list: staffProcedure('audit').input(SentEmailListInput).query(({ ctx, input }) => ctx.services.adminEmails.list(input)),
  byId: staffProcedure('audit').input(SentEmailByIdInput).query(({ ctx, input }) => ctx.services.adminEmails.byId(input.id)),
  /** The attachment as the relay sends it, base64 (JSON carries no bytes). */
  attachment: staffProcedure('audit')
    .input(SentEmailAttachmentInput)
    .query(async ({ ctx, input }) => {
      const file = await ctx.services.adminEmails.attachment(input.id, input.index);
      return { filename: file.filename, contentType: file.contentType, base64: Buffer.from(file.content).toString('base64') };
    }),
});
