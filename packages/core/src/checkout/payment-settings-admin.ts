// Staff edit the shop's payment methods (admin → Settings → Payments, permission `settings`):
// read them with what the store can actually offer, and save them audited, in one transaction.
// The input is the validated form (packages/validators PaymentSettingsInput: IBAN checksum,
// holds of 1–30 days); orders already placed keep the details they were placed with.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProviders } from '@tandem/payments';
import { auditedChange, type StaffActor } from '../staff/index.ts';
import { offeredMethods, paymentSettings, type OfferedPaymentMethod, type PaymentSettings } from './payment-methods.ts';

/** The settings as the admin screen shows them, with which methods checkout offers now. */
export interface PaymentSettingsView {
  settings: PaymentSettings;
  /** Whether Stripe keys are configured (card payments can be offered). */
  cardAvailable: boolean;
  offered: OfferedPaymentMethod['code'][];
}

/**
 * @example
 * const admin = createPaymentSettingsAdminService(prisma, { providers });
 * await admin.save(staff, { ...form, bankTransferHoldDays: 5 });
 */
export function createPaymentSettingsAdminService(prisma: PrismaClient, options: { providers: PaymentProviders }) {
  const view = (settings: PaymentSettings): PaymentSettingsView => ({
    settings,
    cardAvailable: options.providers.online !== null,
    offered: offeredMethods(settings, options.providers).map((m) => m.code),
  });
  return {
    /** The payment settings and what checkout offers with them. */
    get: async (): Promise<PaymentSettingsView> => view(await paymentSettings(prisma)),
    /** Saves every field of the form; the audit log keeps before and after. */
    save: async (actor: StaffActor, input: PaymentSettings): Promise<PaymentSettingsView> => {
      const exists = await prisma.paymentSettings.findUnique({ where: { id: 'default' }, select: { id: true } });
      const saved = await auditedChange(prisma, actor, {
        action: 'settings.payments.update',
        entityType: 'PaymentSettings',
        label: 'payment settings',
        ...(exists ? { id: 'default' } : {}),
        load: (tx, id) => tx.paymentSettings.findUnique({ where: { id } }),
        apply: (tx) => tx.paymentSettings.upsert({ where: { id: 'default' }, create: { id: 'default', ...input }, update: input }),
      });
      const { id: _id, ...settings } = saved;
      return view(settings);
    },
  };
}

export type PaymentSettingsAdminService = ReturnType<typeof createPaymentSettingsAdminService>;
