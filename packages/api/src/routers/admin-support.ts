// Support agents' side: the inbox by time left on the response target, replies, FAQ entries
// and canned replies. Every change is written to the audit log by the service.
import { AgentReplyInput, CannedReplyInput, CannedReplyUpdateInput, FaqEntryInput, FaqEntryUpdateInput, IdInput, InboxInput, TicketIdInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const agent = staffProcedure('support');

export const adminSupportRouter = router({
  inbox: agent.input(InboxInput).query(({ ctx, input }) => ctx.services.support.inbox(input)),
  ticket: agent.input(TicketIdInput).query(({ ctx, input }) => ctx.services.support.ticket(input.ticketId)),
  reply: agent.input(AgentReplyInput).mutation(({ ctx, input }) => ctx.services.support.answer(ctx.staff, input)),
  close: agent.input(TicketIdInput).mutation(({ ctx, input }) => ctx.services.support.close(ctx.staff, input.ticketId)),

  faq: router({
    list: agent.query(({ ctx }) => ctx.services.support.faq.list()),
    create: agent.input(FaqEntryInput).mutation(({ ctx, input }) => ctx.services.support.faq.create(ctx.staff, input)),
    update: agent.input(FaqEntryUpdateInput).mutation(({ ctx, input }) => ctx.services.support.faq.update(ctx.staff, input)),
    remove: agent.input(IdInput).mutation(({ ctx, input }) => ctx.services.support.faq.remove(ctx.staff, input.id)),
  }),

  cannedReplies: router({
    list: agent.query(({ ctx }) => ctx.services.support.cannedReplies.list()),
    create: agent.input(CannedReplyInput).mutation(({ ctx, input }) => ctx.services.support.cannedReplies.create(ctx.staff, input)),
    update: agent.input(CannedReplyUpdateInput).mutation(({ ctx, input }) => ctx.services.support.cannedReplies.update(ctx.staff, input)),
    remove: agent.input(IdInput).mutation(({ ctx, input }) => ctx.services.support.cannedReplies.remove(ctx.staff, input.id)),
  }),
});
