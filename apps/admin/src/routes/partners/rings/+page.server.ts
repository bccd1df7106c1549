import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { readRingForm, RING_FIELDS } from './ring-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ rings: await locals.api.adminRings.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  create: async ({ locals, request }) => {
    const { values, parsed } = readRingForm(await request.formData());
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminRings.create.mutate(values);
    } catch (cause) {
      return refusedForm(values, cause, RING_FIELDS);
    }
    redirect(303, `/partners/rings/${parsed.data.slug}`);
  },
} satisfies Actions;
