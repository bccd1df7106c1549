// A bank transfer takes days, so its order holds its stock for days; a day before that hold
// lapses the shopper gets one reminder with everything needed to pay (account, amount,
// reference, deadline). Run by the API's interval job beside the expiry; each order is reminded
// once (the e-mail's dedupe key), however often the job runs or whichever process runs it.
import type { PrismaClient } from '@tandem/db';
import { block, composeEmail, defineEmailTemplate, queueEmailOnce, wasEmailQueued } from '../notifications/index.ts';
import { formatted, moment } from './email-text.ts';
import { guestOrderPageUrl, issueGuestOrderAccess } from './guest-access.ts';
import { ordersPageUrl } from './order-emails.ts';
import { bankTransferFacts, howToPayOf } from './payment-instructions.ts';

/** How long before the hold lapses the reminder goes out. */
export const PAYMENT_REMINDER_LEAD_MS = 24 * 60 * 60_000;

/** What the reminder says: the order, its deadline and the bank transfer's facts. */
export interface PaymentReminderData {
  number: string;
  deadline: string;
  facts: { label: string; value: string }[];
  orderUrl: string;
}

export const paymentReminderEmail = defineEmailTemplate('payment_reminder', (d: PaymentReminderData) =>
  composeEmail(`Reminder: please pay for order ${d.number}`, [
    block.paragraph(`We have not received your bank transfer for order ${d.number} yet.`),
    block.paragraph(`We keep your items until ${moment(d.deadline)}. If the payment has not arrived by then, the order is cancelled and we tell you by e-mail. If you have already paid, thank you: transfers can take a working day to arrive.`),
    block.heading('How to pay'),
    block.facts(d.facts),
    block.link('Your order', d.orderUrl),
  ]),
);

/**
 * Queues the reminder of every unpaid bank-transfer order whose hold lapses within a day and was
 * longer than a day to begin with (a shorter hold was explained in the confirmation just sent).
 * Returns how many reminders it queued.
 *
 * @example await remindUnpaidBankTransfers(prisma, { storefrontUrl }, clock.now());
 */
export async function remindUnpaidBankTransfers(prisma: PrismaClient, options: { storefrontUrl: string }, now = new Date()): Promise<number> {
  const due = await prisma.order.findMany({
    where: { status: 'AWAITING_PAYMENT', paymentMethod: 'bank_transfer', reservationExpiresAt: { gt: now, lte: new Date(now.getTime() + PAYMENT_REMINDER_LEAD_MS) } },
    select: { id: true, createdAt: true, reservationExpiresAt: true },
    orderBy: { reservationExpiresAt: 'asc' },
    take: 500,
  });
  let queued = 0;
  for (const order of due) {
    if (order.reservationExpiresAt.getTime() - order.createdAt.getTime() <= PAYMENT_REMINDER_LEAD_MS) continue;
    if (await remindOnce(prisma, order.id, options.storefrontUrl, now)) queued += 1;
  }
  return queued;
}

async function remindOnce(prisma: PrismaClient, orderId: string, storefrontUrl: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { email: true, number: true, customerId: true, totalAmount: true, currency: true, reservationExpiresAt: true, paymentMethod: true, paymentReference: true, paymentInstructions: true },
    });
    const how = howToPayOf(order);
    if (how?.method !== 'bank_transfer') return false;
    const data = { number: order.number, deadline: order.reservationExpiresAt.toISOString(), facts: bankTransferFacts(how, formatted(order.totalAmount, order.currency)) };
    // Checked first so a guest's second run issues no second order link.
    if (await wasEmailQueued(tx, order.email, paymentReminderEmail.kind, paymentReminderEmail.render({ ...data, orderUrl: '' }).subject)) return false;
    const orderUrl = order.customerId ? ordersPageUrl(storefrontUrl) : guestOrderPageUrl(storefrontUrl, (await issueGuestOrderAccess(tx, orderId, now)).token);
    return queueEmailOnce(tx, paymentReminderEmail, order.email, { ...data, orderUrl }, `order:${orderId}:payment-reminder`);
  });
}
