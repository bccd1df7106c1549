// Shoppers' side of customer service: the public FAQ, asking a question (answered from the FAQ
// when it matches well enough, otherwise a ticket), and the conversations that follow.
import { AskQuestionInput, ConversationRef, ShopperReplyInput } from '@tandem/validators';
import { customerProcedure, publicProcedure, router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const supportRouter = router({
  faq: publicProcedure
    .meta(rest('GET', '/support/faq', { tag: 'Support', summary: 'The published FAQ' }))
    .query(({ ctx }) => ctx.services.support.publishedFaq()),

  /** Returns the conversation and the secret of its link (the form key), for guests. */
  ask: shopperProcedure
    .meta(rest('POST', '/support/questions', { tag: 'Support', summary: 'Ask a question', description: 'Answered from the FAQ when it matches well enough, otherwise a ticket. Limited per address.', access: 'shopper' }))
    .input(AskQuestionInput)
    .mutation(({ ctx, input }) => ctx.services.support.ask(input, { customer: ctx.customer, ip: ctx.auth.ip })),

  conversation: shopperProcedure.input(ConversationRef).query(({ ctx, input }) => ctx.services.support.conversation(input, ctx.customer)),

  /** The signed-in customer's conversations, newest first. */
  conversations: customerProcedure.query(({ ctx }) => ctx.services.support.conversations(ctx.customer.id)),

  reply: shopperProcedure.input(ShopperReplyInput).mutation(({ ctx, input }) => ctx.services.support.reply(input, ctx.customer)),

  /** After an automatic answer, hand the question to a person. */
  requestPerson: shopperProcedure.input(ConversationRef).mutation(({ ctx, input }) => ctx.services.support.requestPerson(input, ctx.customer)),
});
