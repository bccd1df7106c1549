// The moves of a return: staff approve or reject a request, mark an approved return received,
// and refund a received one. Anything else is a conflict with a sentence saying why.
import type { ReturnStatus } from '@tandem/db';
import { DomainError } from '../../shared/index.ts';

const MOVES: Record<ReturnStatus, readonly ReturnStatus[]> = {
  REQUESTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['RECEIVED'],
  RECEIVED: ['REFUNDED'],
  REJECTED: [],
  REFUNDED: [],
};

/** Whether a return in `from` may move to `to`. */
export function canMoveReturn(from: ReturnStatus, to: ReturnStatus): boolean {
  return MOVES[from].includes(to);
}

/** Throws a conflict the admin can read when the move is not allowed. */
export function assertReturnMove(from: ReturnStatus, to: ReturnStatus): void {
  if (!canMoveReturn(from, to)) throw new DomainError('conflict', `A return that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}.`);
}
