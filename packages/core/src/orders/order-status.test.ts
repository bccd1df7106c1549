import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, refundState } from './order-status.ts';

describe('order state machine', () => {
  it('moves forward through payment, fulfilment and delivery', () => {
    expect(canTransition('AWAITING_PAYMENT', 'PAID')).toBe(true);
    expect(canTransition('PAID', 'FULFILLED')).toBe(true);
    expect(canTransition('FULFILLED', 'DELIVERED')).toBe(true);
  });

  it('rejects illegal transitions with a readable reason', () => {
    expect(() => assertTransition('CANCELLED', 'PAID')).toThrow('An order that is cancelled cannot become paid.');
    expect(() => assertTransition('AWAITING_PAYMENT', 'FULFILLED')).toThrow(/awaiting payment cannot become fulfilled/);
    expect(() => assertTransition('DELIVERED', 'CANCELLED')).toThrow();
  });

  it('tells partial from full refunds', () => {
    expect(refundState(10_000, 0)).toBe('none');
    expect(refundState(10_000, 2_500)).toBe('partial');
    expect(refundState(10_000, 10_000)).toBe('full');
  });
});
