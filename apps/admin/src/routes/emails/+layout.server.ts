import { requirePermission } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

// Administrators only (`audit`): e-mails hold shoppers' addresses and live reset and order links.
export const load = (({ locals, url }) => {
  requirePermission(locals, url, 'audit');
}) satisfies LayoutServerLoad;
