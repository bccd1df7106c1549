import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    if (event.locals.auth.sessionToken) await event.locals.api.auth.signOut.mutate().catch(() => undefined);
    endSession(event);
    redirect(303, '/sign-in');
  },
} satisfies Actions;
