// The demo store's checkout settings: EU-style tax-inclusive prices, VAT rates for the
// countries it delivers to, two shipping methods (a weight table and a flat courier rate), and
// its payment methods: bank transfer to a test account and pay on pickup (card payments need
// Stripe keys in the API's environment and are left on, offered only when those are set), and
// collecting in store at the demo workshop.
// Idempotent: settings are upserted by their natural keys.
import type { PrismaClient } from '../generated/prisma/client.ts';

export const demoTaxRates = [
  { country: 'NL', name: 'BTW', rateBps: 2100 },
  { country: 'BE', name: 'BTW/TVA', rateBps: 2100 },
  { country: 'DE', name: 'MwSt', rateBps: 1900 },
  { country: 'FR', name: 'TVA', rateBps: 2000 },
  { country: 'IE', name: 'VAT', rateBps: 2300 },
  { country: 'AT', name: 'USt', rateBps: 2000 },
] as const;

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export const demoShippingMethods = [
  {
    code: 'standard',
    name: 'Standard parcel (2–4 days)',
    kind: 'WEIGHT_TABLE' as const,
    position: 0,
    rates: [
      { country: 'NL', maxWeightGrams: 2_000, ...eur(495), freeOverAmount: 5_000 },
      { country: 'NL', maxWeightGrams: 31_500, ...eur(995), freeOverAmount: 5_000 },
      { country: null, maxWeightGrams: 2_000, ...eur(995), freeOverAmount: 10_000 },
      { country: null, maxWeightGrams: 31_500, ...eur(1_995), freeOverAmount: 10_000 },
    ],
  },
  {
    code: 'bike-freight',
    name: 'Bike freight, boxed (3–6 days)',
    kind: 'FLAT' as const,
    position: 1,
    rates: [{ country: null, maxWeightGrams: null, ...eur(4_900), freeOverAmount: null }],
  },
];

/**
 * The demo's payment methods. The IBAN is the textbook example account (valid checksum, nobody's
 * money) and the holder says so, so a visitor never transfers real money to it.
 */
export const demoPaymentSettings = {
  bankTransferEnabled: true,
  bankAccountHolder: 'Tandem Demo Store (test account, do not pay)',
  bankIban: 'NL91ABNA0417164300',
  bankBic: 'ABNANL2A',
  bankTransferHoldDays: 3,
  cardEnabled: true,
  pickupEnabled: true,
  pickupInstructions: 'Tandem demo workshop, Keizersgracht 1, 1015 CJ Amsterdam\nMonday to Saturday, 10:00–18:00',
  pickupHoldDays: 7,
};

/** The demo's "collect in store": the same workshop as pay on pickup, free. */
export const demoPickupSettings = {
  enabled: true,
  address: 'Tandem demo workshop\nKeizersgracht 1\n1015 CJ Amsterdam',
  openingHours: 'Monday to Saturday, 10:00–18:00',
};

export async function seedCheckoutSettings(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.storeSettings.upsert({ where: { id: 'default' }, create: { id: 'default' }, update: {} });
    await tx.paymentSettings.upsert({ where: { id: 'default' }, create: { id: 'default', ...demoPaymentSettings }, update: {} });
    await tx.pickupSettings.upsert({ where: { id: 'default' }, create: { id: 'default', ...demoPickupSettings }, update: {} });
    for (const rate of demoTaxRates) {
      await tx.taxRate.upsert({ where: { country: rate.country }, create: rate, update: {} });
    }
    for (const { rates, ...method } of demoShippingMethods) {
      const existing = await tx.shippingMethod.findUnique({ where: { code: method.code } });
      if (existing) continue;
      await tx.shippingMethod.create({ data: { ...method, rates: { create: rates } } });
    }
  });
}
