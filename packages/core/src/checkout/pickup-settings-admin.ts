// Staff edit "collect in store" (admin → Settings → Pickup, permission `settings`): the store's
// pickup address and opening hours, saved audited in one transaction. Orders already placed keep
// the address and hours they were placed with (`Order.pickupLocation`).
import type { PrismaClient } from '@tandem/db';
import { auditedChange, type StaffActor } from '../staff/index.ts';
import { pickupLocationOf, pickupSettings, type PickupSettings } from './collect-in-store.ts';

/** The settings as the admin screen shows them, with whether checkout offers collecting now. */
export interface PickupSettingsView {
  settings: PickupSettings;
  offered: boolean;
}

const view = (settings: PickupSettings): PickupSettingsView => ({ settings, offered: pickupLocationOf(settings) !== null });

/**
 * @example
 * const admin = createPickupSettingsAdminService(prisma);
 * await admin.save(staff, { enabled: true, address: 'Keizersgracht 1, Amsterdam', openingHours: 'Mon–Sat 10–18' });
 */
export function createPickupSettingsAdminService(prisma: PrismaClient) {
  return {
    /** The pickup settings and whether checkout offers collecting in store with them. */
    get: async (): Promise<PickupSettingsView> => view(await pickupSettings(prisma)),
    /** Saves every field of the form; the audit log keeps before and after. */
    save: async (actor: StaffActor, input: PickupSettings): Promise<PickupSettingsView> => {
      const exists = await prisma.pickupSettings.findUnique({ where: { id: 'default' }, select: { id: true } });
      const saved = await auditedChange(prisma, actor, {
        action: 'settings.pickup.update',
        entityType: 'PickupSettings',
        label: 'pickup settings',
        ...(exists ? { id: 'default' } : {}),
        load: (tx, id) => tx.pickupSettings.findUnique({ where: { id } }),
        apply: (tx) => tx.pickupSettings.upsert({ where: { id: 'default' }, create: { id: 'default', ...input }, update: input }),
      });
      const { id: _id, ...settings } = saved;
      return view(settings);
    },
  };
}

export type PickupSettingsAdminService = ReturnType<typeof createPickupSettingsAdminService>;
