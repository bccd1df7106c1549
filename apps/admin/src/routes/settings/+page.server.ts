import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// The settings area has one page so far: its payment methods.
export const load = (() => {
  redirect(307, '/settings/payments');
}) satisfies PageServerLoad;
