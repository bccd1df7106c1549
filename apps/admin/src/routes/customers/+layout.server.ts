import { requirePermission } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url }) => {
  const staff = requirePermission(locals, url, 'customers');
  return {
    /** Moving a customer to another price group is marketing's (the group selects price lists). */
    canChangeGroup: staff.permissions.includes('marketing'),
    /** Order and ticket links open the orders and support areas, when the person may see them. */
    canReadOrders: staff.permissions.includes('orders.read'),
    canReadSupport: staff.permissions.includes('support'),
  };
}) satisfies LayoutServerLoad;
