// The payment methods checkout offers and the provider each order is paid through. A method is
// offered when the shop enabled it (admin → Settings → Payments) and the store can take it:
// card needs the online provider (Stripe keys), bank transfer and pickup the manual one. The
// chosen method decides the provider, how long the order holds its stock, and what the order
// records for the shopper (bank details, pickup address).
import type { Prisma, PrismaClient } from '@tandem/db';
import type { PaymentProvider, PaymentProviders } from '@tandem/payments';
import type { OrderPaymentMethod, PaymentChoice } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';
import { COLLECT_IN_STORE } from './collect-in-store.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The settings row's columns (defaults when the shop never saved any). */
export type PaymentSettings = Omit<Prisma.PaymentSettingsGetPayload<object>, 'id'>;

/** What a shop that never saved payment settings offers: card only, when Stripe is configured. */
export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = {
  bankTransferEnabled: false,
  bankAccountHolder: '',
  bankIban: '',
  bankBic: '',
  bankTransferHoldDays: 3,
  cardEnabled: true,
  pickupEnabled: false,
  pickupInstructions: '',
  pickupHoldDays: 7,
};

/** The shop's payment settings. */
export async function paymentSettings(db: Db): Promise<PaymentSettings> {
  const row = await db.paymentSettings.findUnique({ where: { id: 'default' } });
  if (!row) return { ...DEFAULT_PAYMENT_SETTINGS };
  const { id: _id, ...settings } = row;
  return settings;
}

/** One method as checkout shows it, with what its one-line help needs. */
export type OfferedPaymentMethod =
  | { code: 'card' }
  | { code: 'bank_transfer'; holdDays: number }
  | { code: 'pickup'; holdDays: number; instructions: string };

/**
 * The methods checkout offers, in the order it lists them (the first is the default). Pay on
 * pickup only when the order is collected in store (`shippingMethodCode`); without a shipping
 * method (staff's view of the settings) every method the shop could offer is listed.
 */
export function offeredMethods(settings: PaymentSettings, providers: PaymentProviders, shippingMethodCode?: string): OfferedPaymentMethod[] {
  const offered: OfferedPaymentMethod[] = [];
  if (settings.cardEnabled && providers.online) offered.push({ code: 'card' });
  if (providers.manual && settings.bankTransferEnabled && settings.bankIban && settings.bankAccountHolder) {
    offered.push({ code: 'bank_transfer', holdDays: settings.bankTransferHoldDays });
  }
  const collecting = shippingMethodCode === undefined || shippingMethodCode === COLLECT_IN_STORE;
  if (providers.manual && settings.pickupEnabled && settings.pickupInstructions && collecting) {
    offered.push({ code: 'pickup', holdDays: settings.pickupHoldDays, instructions: settings.pickupInstructions });
  }
  return offered;
}

/** The method an order is paid by: its provider, its hold (null: the store's short one) and what the order records. */
export interface ChosenPayment {
  provider: PaymentProvider;
  choice: PaymentChoice;
  holdMinutes: number | null;
}

const DAY_MINUTES = 24 * 60;

/**
 * The method the shopper asked for (or the first offered), checked against what the shop offers
 * now for the order's shipping method.
 *
 * @example const chosen = await choosePayment(prisma, providers, 'bank_transfer', 'standard');
 */
export async function choosePayment(db: Db, providers: PaymentProviders, requested: OrderPaymentMethod | undefined, shippingMethodCode: string): Promise<ChosenPayment> {
  const settings = await paymentSettings(db);
  const offered = offeredMethods(settings, providers, shippingMethodCode);
  const method = requested ? offered.find((m) => m.code === requested) : offered[0];
  if (!method) {
    if (!offered.length) throw new DomainError('unavailable', 'This shop takes no payments at the moment; please try again later.');
    if (requested === 'pickup') {
      throw new DomainError('invalid_input', 'Pay on pickup is only for orders you collect in store; please choose another way to pay.', { paymentMethod: ['Only with collect in store'] });
    }
    throw new DomainError('invalid_input', 'That payment method is not available; please choose another.', { paymentMethod: ['Not available'] });
  }
  if (method.code === 'card') return { provider: present(providers.online), choice: { method: 'card' }, holdMinutes: null };
  const manual = present(providers.manual);
  if (method.code === 'bank_transfer') {
    const choice: PaymentChoice = { method: 'bank_transfer', accountHolder: settings.bankAccountHolder, iban: settings.bankIban, bic: settings.bankBic };
    return { provider: manual, choice, holdMinutes: method.holdDays * DAY_MINUTES };
  }
  return { provider: manual, choice: { method: 'pickup', instructions: method.instructions }, holdMinutes: method.holdDays * DAY_MINUTES };
}

/** A provider `offeredMethods` checked is there. */
function present<T>(provider: T | null): T {
  if (!provider) throw new Error('A payment method was offered without its provider');
  return provider;
}
