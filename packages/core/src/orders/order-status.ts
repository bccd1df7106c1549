import type { OrderStatus } from '@tandem/db';
import { DomainError } from '../shared/index.ts';

/** Every legal move of an order. Refunds do not move the status; they raise `refundedAmount`. */
const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  AWAITING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLED', 'CANCELLED'],
  FULFILLED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('conflict', `An order that is ${label(from)} cannot become ${label(to)}.`);
  }
}

/** "partially refunded" / "refunded" as shoppers and admins read it, from the amounts. */
export function refundState(totalAmount: number, refundedAmount: number): 'none' | 'partial' | 'full' {
  if (refundedAmount <= 0) return 'none';
  return refundedAmount >= totalAmount ? 'full' : 'partial';
}

function label(status: OrderStatus): string {
  return status.toLowerCase().replace('_', ' ');
}
