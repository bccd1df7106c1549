// Admin → Settings → Collect in store: whether checkout offers collecting in store (free), and
// the pickup address and opening hours shoppers are shown and each order keeps.
import { redirect } from '@sveltejs/kit';
import { PickupSettingsInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['enabled', 'address', 'openingHours'] as const;

export const load = (async ({ locals, url }) => {
  const view = await locals.api.adminSettings.pickup.query().catch(rethrowApiError);
  return { ...view, saved: url.searchParams.has('saved') };
}) satisfies PageServerLoad;

export const actions = {
  save: async ({ request, locals }) => {
    const values = textFields(await request.formData(), FIELDS);
    const parsed = validate(PickupSettingsInput, { enabled: values.enabled === 'on', address: values.address, openingHours: values.openingHours });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSettings.savePickup.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, FIELDS);
    }
    redirect(303, '/settings/pickup?saved');
  },
} satisfies Actions;
