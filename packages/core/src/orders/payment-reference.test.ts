import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditorReference, isValidCreditorReference, printedReference } from './payment-reference.ts';
import { newOrderNumber } from './order-number.ts';

describe('creditorReference', () => {
  it('matches the ISO 11649 example (RF18 5390 0754 7034)', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
  });

  it('makes a reference whose check digits hold for every order number', () => {
    fc.assert(fc.property(fc.constant(null), () => isValidCreditorReference(creditorReference(newOrderNumber()))), { numRuns: 200 });
  });

  it('catches one mistyped character and two swapped ones', () => {
    const reference = creditorReference('T-7K3M9Q2X');
    expect(isValidCreditorReference(reference.replace('7K3M', '7K3N'))).toBe(false);
    expect(isValidCreditorReference(reference.replace('7K3M', 'K73M'))).toBe(false);
    expect(isValidCreditorReference(printedReference(reference).toLowerCase())).toBe(true);
  });

  it('prints in groups of four', () => {
    expect(printedReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
  });
});
