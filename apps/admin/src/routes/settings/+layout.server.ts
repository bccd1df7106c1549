import { requirePermission } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url }) => {
  requirePermission(locals, url, 'settings');
}) satisfies LayoutServerLoad;
