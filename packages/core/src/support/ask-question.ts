// A shopper asks a question (from a product page or the contact form). When the FAQ answers it
// well enough the shopper gets that answer at once and can still ask for a person; otherwise
// the question becomes a ticket with a response target. Replaying the same form does nothing new.
import type { AskQuestionInput } from '@tandem/validators';
import { bucket, hashToken, isOver, retryMessage } from '../accounts/index.ts';
import { productLinks } from '../catalog/index.ts';
import { NotFoundError, RateLimitedError } from '../shared/index.ts';
import { QUESTIONS_PER_IP, type Asker, type SupportDeps } from './deps.ts';
import { bestFaqMatch } from './faq-matching.ts';
import { responseDueAt } from './sla.ts';
import { conversationUrl, queueSupportEmail } from './support-emails.ts';
import { conversationView, ticketWithMessages } from './ticket-views.ts';
import type { AskResult } from './types.ts';

export const AUTOMATIC_AUTHOR = 'Automatic answer';

export async function askQuestion(deps: SupportDeps, input: AskQuestionInput, asker: Asker): Promise<AskResult> {
  const { prisma } = deps;
  const accessTokenHash = hashToken(input.requestKey);
  const replayed = await prisma.supportTicket.findUnique({ where: { accessTokenHash }, include: ticketWithMessages });
  if (replayed) return { conversation: await conversationView(prisma, replayed), token: input.requestKey };

  const now = deps.now();
  // Counted before anything is decided, so parallel questions cannot all pass one check.
  const [perIp] = await deps.limiter.reserve([bucket(QUESTIONS_PER_IP, asker.ip)], now);
  if (isOver(perIp!)) throw new RateLimitedError(`You have sent many questions in a short time. ${retryMessage(perIp!.windowEndsAt, now)}`, perIp!.windowEndsAt);

  const product = input.productId ? (await productLinks(prisma, [input.productId])).get(input.productId) : undefined;
  if (input.productId && !product) {
    await deps.limiter.refund([perIp!]);
    throw new NotFoundError('product', input.productId);
  }

  const faq = await prisma.faqEntry.findMany({ where: { published: true }, select: { id: true, question: true, answer: true, keywords: true, position: true } });
  const match = bestFaqMatch([input.subject ?? '', input.message].join(' '), faq, deps.autoAnswerThreshold);
  const answer = match ? faq.find((entry) => entry.id === match.id) : undefined;

  const who = asker.customer ?? { id: null, email: input.email, name: input.name };
  const due = answer ? null : responseDueAt(now, deps.responseTargetHours);
  const subject = input.subject || (product ? `Question about ${product.title}` : summarize(input.message));

  try {
    const ticket = await prisma.$transaction(async (tx) => {
      const created = await tx.supportTicket.create({
        data: {
          customerId: who.id,
          email: who.email,
          name: who.name,
          subject,
          channel: product ? 'PRODUCT_QUESTION' : 'CONTACT_FORM',
          productId: product?.id ?? null,
          status: answer ? 'AUTO_ANSWERED' : 'OPEN',
          faqEntryId: answer?.id ?? null,
          accessTokenHash,
          responseDueAt: due,
          firstResponseDueAt: due,
          createdAt: now,
          messages: {
            create: [
              { author: 'CUSTOMER', authorName: who.name, body: input.message, createdAt: now },
              ...(answer ? [{ author: 'AUTOMATIC' as const, authorName: AUTOMATIC_AUTHOR, body: answer.answer, createdAt: new Date(now.getTime() + 1) }] : []),
            ],
          },
        },
        include: ticketWithMessages,
      });
      const url = conversationUrl(deps.storefrontUrl, { customerId: who.id, number: created.number, token: input.requestKey });
      await queueSupportEmail(tx, created, answer ? 'support_auto_answer' : 'support_received', answer ? answer.answer : `Thank you for your question:\n\n> ${input.message.replace(/\n/g, '\n> ')}`, url);
      return created;
    });
    return { conversation: await conversationView(prisma, ticket), token: input.requestKey };
  } catch (error) {
    // Only questions that became tickets count.
    await deps.limiter.refund([perIp!]);
    // The same form sent twice at once: the other submission created the ticket.
    const winner = await prisma.supportTicket.findUnique({ where: { accessTokenHash }, include: ticketWithMessages });
    if (winner) return { conversation: await conversationView(prisma, winner), token: input.requestKey };
    throw error;
  }
}

/** A subject from the first words of a message, for the contact form without one. */
function summarize(message: string): string {
  const words = message.replace(/\s+/g, ' ').trim();
  return words.length <= 80 ? words : `${words.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}
