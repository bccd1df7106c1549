import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals }) => {
  if (!locals.customer) redirect(303, '/');
  return {};
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    if (event.locals.auth.sessionToken) {
      // The cookie goes either way; a session the API could not end expires on its own.
      await event.locals.api.auth.signOut.mutate().catch((cause: unknown) => console.error('Sign-out failed at the API:', cause));
    }
    endSession(event);
    redirect(303, '/');
  },
} satisfies Actions;
