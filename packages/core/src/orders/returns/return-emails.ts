// The e-mail a shopper gets at every step of a return: requested (what we received and what
// happens next), approved (send the items back), rejected (and why), received, refunded (how
// much). The one home of the wording of returns, queued once per step by the order e-mail
// subscriber; text and HTML come from the same blocks.
import type { ReturnStatus } from '@tandem/db';
import { RETURN_REASON_TEXT } from '@tandem/validators';
import { block, composeEmail, defineEmailTemplate, type EmailAttachmentRef } from '../../notifications/index.ts';
import { formatted } from '../order-confirmation-email.ts';
import { attachedLine, withDocument } from '../order-emails.ts';

/** The reason code in words; an unknown code (an older list) reads as itself. */
export function reasonText(code: string): string {
  return (RETURN_REASON_TEXT as Record<string, string>)[code] ?? code;
}

/** What the return e-mail is rendered from. */
export interface ReturnEmailData {
  orderNumber: string;
  status: ReturnStatus;
  /** "2 × Road Bike (M)" per returned line. */
  items: readonly string[];
  reason: string;
  rejectionReason: string | null;
  /** Minor units refunded for this return, when refunded. */
  refundAmount: number | null;
  currency: string;
  /** The order's page (the account's, or a guest's link). */
  orderUrl: string;
  /** The credit note of the return's refund, attached to the refunded e-mail. */
  creditNote?: EmailAttachmentRef | undefined;
}

const WHAT_NOW: Record<ReturnStatus, (d: ReturnEmailData) => string> = {
  REQUESTED: (d) => `We received your return request for order ${d.orderNumber}. We will check it and tell you how to send the items back.`,
  APPROVED: (d) => `Your return for order ${d.orderNumber} is approved. Please send the items back in their packaging; we refund them once they arrive.`,
  REJECTED: (d) => `We cannot accept your return for order ${d.orderNumber}. Why: ${d.rejectionReason ?? 'no reason was given'}`,
  RECEIVED: (d) => `Your returned items for order ${d.orderNumber} have arrived. We will refund them shortly.`,
  REFUNDED: (d) => `We refunded ${formatted(d.refundAmount ?? 0, d.currency)} for your return of order ${d.orderNumber}. It goes back to the means of payment you used; your bank may take a few days to show it.`,
};

const SUBJECT: Record<ReturnStatus, string> = {
  REQUESTED: 'Return requested',
  APPROVED: 'Return approved',
  REJECTED: 'Return not accepted',
  RECEIVED: 'Return received',
  REFUNDED: 'Return refunded',
};

export const returnUpdateEmail = defineEmailTemplate('return_update', (d: ReturnEmailData) =>
  withDocument(
    composeEmail(`${SUBJECT[d.status]} for order ${d.orderNumber}`, [
      block.paragraph(WHAT_NOW[d.status](d)),
      block.items(d.items.map((title) => ({ title }))),
      block.facts([
        { label: 'Reason', value: reasonText(d.reason) },
        ...(d.refundAmount !== null && d.status === 'REFUNDED' ? [{ label: 'Refunded', value: formatted(d.refundAmount, d.currency), strong: true }] : []),
      ]),
      ...attachedLine('credit note', d.creditNote),
      block.link('Your order', d.orderUrl),
    ]),
    d.creditNote,
  ),
);
