// What the shopper must do to pay an order, as the shop's settings were when it was placed:
// checkout hands the chosen method's details to `recordOrder`, which keeps them on the order
// (a bank transfer also gets its creditor reference), and the order pages and the order-placed
// e-mail read them back from the order alone.
import type { Prisma } from '@tandem/db';
import { printedReference } from './payment-reference.ts';

/** The methods an order can be paid by. */
export type OrderPaymentMethod = 'bank_transfer' | 'card' | 'pickup';

/** The shop's details for the chosen method, recorded with the order. */
export type PaymentChoice =
  | { method: 'bank_transfer'; accountHolder: string; iban: string; bic: string }
  | { method: 'pickup'; instructions: string }
  | { method: 'card' };

/** How to pay an order, as the order pages show it; the reference only for a bank transfer. */
export type HowToPay =
  | { method: 'bank_transfer'; accountHolder: string; iban: string; bic: string; reference: string }
  | { method: 'pickup'; instructions: string }
  | { method: 'card' };

/** The JSON kept in `Order.paymentInstructions` (everything but the method and the reference). */
export function instructionsJson(choice: PaymentChoice): Prisma.InputJsonObject | undefined {
  if (choice.method === 'bank_transfer') return { accountHolder: choice.accountHolder, iban: choice.iban, bic: choice.bic };
  if (choice.method === 'pickup') return { instructions: choice.instructions };
  return undefined;
}

const text = (json: Prisma.JsonValue | null, key: string): string => {
  const value = json && typeof json === 'object' && !Array.isArray(json) ? json[key] : undefined;
  return typeof value === 'string' ? value : '';
};

/** How to pay, read from the order's columns; null for an order placed without a method. */
export function howToPayOf(order: { paymentMethod: string | null; paymentReference: string | null; paymentInstructions: Prisma.JsonValue | null }): HowToPay | null {
  const json = order.paymentInstructions;
  switch (order.paymentMethod) {
    case 'bank_transfer':
      return { method: 'bank_transfer', accountHolder: text(json, 'accountHolder'), iban: text(json, 'iban'), bic: text(json, 'bic'), reference: order.paymentReference ?? '' };
    case 'pickup':
      return { method: 'pickup', instructions: text(json, 'instructions') };
    case 'card':
      return { method: 'card' };
    default:
      return null;
  }
}

/** An IBAN in groups of four, as printed for people to type. */
export function printedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The facts the order-placed e-mail lists for a bank transfer: who, where, how much, which reference. */
export function bankTransferFacts(how: Extract<HowToPay, { method: 'bank_transfer' }>, amount: string): { label: string; value: string }[] {
  return [
    { label: 'Account holder', value: how.accountHolder },
    { label: 'IBAN', value: printedIban(how.iban) },
    ...(how.bic ? [{ label: 'BIC', value: how.bic }] : []),
    { label: 'Amount', value: amount },
    { label: 'Reference', value: printedReference(how.reference) },
  ];
}
