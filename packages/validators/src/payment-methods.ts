// The shop's payment methods as staff edit them (admin → Settings → Payments) and the method a
// shopper picks at checkout. IBAN and BIC are checked with ibantools (the IBAN's mod-97 checksum
// and country length), so a typo in the shop's account is caught before any shopper sees it.
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { wholeNumber } from './numbers.ts';

/** The methods a shop can offer; checkout accepts only the ones that are active. */
export const PAYMENT_METHOD_CODES = ['bank_transfer', 'card', 'pickup'] as const;
export const PaymentMethodCode = z.enum(PAYMENT_METHOD_CODES, { error: 'Choose how you want to pay.' });
export type PaymentMethodCode = z.infer<typeof PaymentMethodCode>;

/** An IBAN in any spacing or case, answered in electronic format ("NL91ABNA0417164300"); empty stays empty. */
export const Iban = line()
  .trim()
  .max(50)
  .transform((value) => (value === '' ? '' : (electronicFormatIBAN(value) ?? value)))
  .refine((value) => value === '' || isValidIBAN(value), 'Not a valid IBAN (check the digits)');

/** A BIC (8 or 11 characters), upper case; empty when the bank needs none. */
export const Bic = line()
  .trim()
  .max(11)
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => value === '' || isValidBIC(value), 'Not a valid BIC');

const HoldDays = wholeNumber().min(1, 'At least 1 day').max(30, 'At most 30 days');

/** The payment settings form; enabling bank transfer needs an account holder and an IBAN. */
export const PaymentSettingsInput = z
  .object({
    bankTransferEnabled: z.boolean(),
    bankAccountHolder: line().trim().max(120),
    bankIban: Iban,
    bankBic: Bic,
    bankTransferHoldDays: HoldDays,
    cardEnabled: z.boolean(),
    pickupEnabled: z.boolean(),
    pickupInstructions: multiline().trim().max(1000),
    pickupHoldDays: HoldDays,
  })
  .superRefine((value, ctx) => {
    if (value.bankTransferEnabled && !value.bankAccountHolder) ctx.addIssue({ code: 'custom', path: ['bankAccountHolder'], message: 'Needed for bank transfer' });
    if (value.bankTransferEnabled && !value.bankIban) ctx.addIssue({ code: 'custom', path: ['bankIban'], message: 'Needed for bank transfer' });
    if (value.pickupEnabled && !value.pickupInstructions) ctx.addIssue({ code: 'custom', path: ['pickupInstructions'], message: 'Say where and when to collect' });
  });
export type PaymentSettingsInput = z.output<typeof PaymentSettingsInput>;

/** Collect in store (admin → Settings → Pickup): enabling it needs an address; opening hours are shown with it. */
export const PickupSettingsInput = z
  .object({
    enabled: z.boolean(),
    address: multiline().trim().max(500),
    openingHours: multiline().trim().max(500),
  })
  .superRefine((value, ctx) => {
    if (value.enabled && !value.address) ctx.addIssue({ code: 'custom', path: ['address'], message: 'Say where shoppers collect their orders' });
    if (value.enabled && !value.openingHours) ctx.addIssue({ code: 'custom', path: ['openingHours'], message: 'Say when shoppers can collect' });
  });
export type PickupSettingsInput = z.output<typeof PickupSettingsInput>;
