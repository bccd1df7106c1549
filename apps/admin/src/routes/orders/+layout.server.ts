import { requirePermission } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url }) => {
  const staff = requirePermission(locals, url, 'orders.read');
  return { canManage: staff.permissions.includes('orders.manage') };
}) satisfies LayoutServerLoad;
