import { fail, redirect } from '@sveltejs/kit';
import { rethrowApiError, formFailure } from '@tandem/web-kit/api-error';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({ deal: await locals.api.adminGroupBuys.detail.query({ id: params.id }).catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  /** Ends the deal now: the close job captures everyone at the final tier, or releases them all below the minimum. */
  closeNow: async ({ locals, params, request }) => {
    // Closing and cancelling move money and cannot be undone.
    if (!isConfirmed(await request.formData())) return notConfirmed();
    try {
      await locals.api.adminGroupBuys.closeNow.mutate({ id: params.id });
    } catch (cause) {
      return fail(formFailure(cause, []).status, { message: formFailure(cause, []).message });
    }
    redirect(303, `/marketing/group-buys/${params.id}?closing=1`);
  },
  cancel: async ({ locals, params, request }) => {
    if (!isConfirmed(await request.formData())) return notConfirmed();
    try {
      await locals.api.adminGroupBuys.cancel.mutate({ id: params.id });
    } catch (cause) {
      return fail(formFailure(cause, []).status, { message: formFailure(cause, []).message });
    }
    redirect(303, `/marketing/group-buys/${params.id}?cancelled=1`);
  },
} satisfies Actions;
