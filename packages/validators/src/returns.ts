// Inputs of cancelling and returning an order: the shopper's cancel (account or guest link), the
// return request (lines, quantities, a reason from the list, an optional note) and staff's
// decisions on a return (approve, reject with a reason, receive, refund with restock choices).
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { wholeNumber } from './numbers.ts';
import { GuestOrderTokenInput } from './checkout.ts';

/** Why a shopper sends items back; the storefront and e-mails say each in words. */
export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'does_not_fit', 'changed_mind', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Each reason in words: the storefront's choices, the admin's queue and the e-mails say the same. */
export const RETURN_REASON_TEXT: Record<ReturnReason, string> = {
  damaged: 'Arrived damaged or faulty',
  wrong_item: 'Wrong item sent',
  not_as_described: 'Not as described',
  does_not_fit: 'Does not fit',
  changed_mind: 'Changed my mind',
  other: 'Another reason',
};

export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED'] as const;

const Id = line().trim().min(1).max(64);

/** One line of the order and how many of its units go back. */
export const ReturnLineInput = z.object({
  lineId: Id,
  quantity: wholeNumber('Quantities are whole numbers').min(1, 'Return at least one').max(10_000, 'That is more than was ordered'),
});

const ReturnFields = {
  /** A fresh random key per return form (a retried submit makes one return). */
  idempotencyKey: line().trim().min(16, 'The idempotency key is too short').max(100),
  lines: z.array(ReturnLineInput).min(1, 'Choose at least one item to return').max(200),
  reason: z.enum(RETURN_REASONS, { error: 'Choose a reason' }),
  note: multiline().trim().max(1000, 'At most 1,000 characters').optional(),
};

/** A return of one of the signed-in customer's orders. */
export const RequestReturnInput = z.object({ id: Id, ...ReturnFields }).refine((v) => new Set(v.lines.map((l) => l.lineId)).size === v.lines.length, {
  message: 'Each item once',
  path: ['lines'],
});
export type RequestReturnInput = z.output<typeof RequestReturnInput>;

/** A return of the order a guest link opens. */
export const GuestRequestReturnInput = GuestOrderTokenInput.extend(ReturnFields).refine((v) => new Set(v.lines.map((l) => l.lineId)).size === v.lines.length, {
  message: 'Each item once',
  path: ['lines'],
});

/** Staff's list of returns, optionally of one status. */
export const ReturnQueueInput = z.object({ status: z.enum(RETURN_STATUSES).optional() });

export const ReturnIdInput = z.object({ id: Id });

/** Staff reject a return; the reason is e-mailed to the shopper. */
export const RejectReturnInput = z.object({
  id: Id,
  reason: line().trim().min(3, 'Tell the shopper why').max(300, 'At most 300 characters'),
});

/** Staff refund a received return: the shipping too or not, and which lines go back on the shelf. */
export const RefundReturnInput = z.object({
  id: Id,
  refundShipping: z.boolean().default(false),
  /** Order line ids whose returned units are put back in stock. */
  restockLineIds: z.array(Id).max(200).default([]),
});
export type RefundReturnInput = z.output<typeof RefundReturnInput>;
