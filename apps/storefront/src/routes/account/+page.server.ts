import { fail } from '@sveltejs/kit';
import { EntityId } from '@tandem/validators';
import { ADDRESS_FIELDS, savedAddressFromForm } from '$lib/address-form';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const [profile, addresses] = await Promise.all([locals.api.account.profile.query(), locals.api.account.addresses.list.query()]).catch(rethrowApiError);
  return { profile, addresses };
}) satisfies PageServerLoad;

/** The address id posted by a "Remove" or "Make default" button. */
async function addressId(request: Request): Promise<string | null> {
  const parsed = EntityId.safeParse((await request.formData()).get('id'));
  return parsed.success ? parsed.data : null;
}

export const actions = {
  addAddress: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const { values, result } = savedAddressFromForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'add', values, errors: result.errors, message: 'Please check the address.' });
    try {
      await locals.api.account.addresses.add.mutate(result.data);
      return { action: 'add', done: 'Address saved.' };
    } catch (cause) {
      const failure = formFailure(cause, ADDRESS_FIELDS);
      return fail(failure.status, { action: 'add', values, errors: failure.errors, message: failure.message });
    }
  },

  removeAddress: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const id = await addressId(request);
    if (!id) return fail(400, { action: 'remove', message: 'That address was not found.' });
    try {
      await locals.api.account.addresses.remove.mutate({ id });
      return { action: 'remove', done: 'Address removed.' };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { action: 'remove', message: failure.message });
    }
  },

  /** Sends a new confirmation link to the account's address (the API limits how often). */
  resendVerification: async ({ locals, url }) => {
    requireCustomer(locals, url);
    try {
      const { sentTo } = await locals.api.account.resendVerification.mutate();
      return { action: 'verify', done: `We sent a new confirmation link to ${sentTo}. It works for 3 days.` };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { action: 'verify', message: failure.message });
    }
  },

  setDefault: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const id = await addressId(request);
    if (!id) return fail(400, { action: 'default', message: 'That address was not found.' });
    try {
      await locals.api.account.addresses.setDefault.mutate({ id });
      return { action: 'default', done: 'Default address changed.' };
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { action: 'default', message: failure.message });
    }
  },
} satisfies Actions;
