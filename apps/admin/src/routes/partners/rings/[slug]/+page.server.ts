import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields } from '@tandem/web-kit/forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import { readRingForm, RING_FIELDS } from '../ring-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({ ring: await locals.api.adminRings.detail.query({ slug: params.slug }).catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  update: async ({ locals, request, params }) => {
    const { values, parsed } = readRingForm(await request.formData());
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminRings.update.mutate({ ...values, slug: params.slug });
    } catch (cause) {
      return refusedForm(values, cause, RING_FIELDS);
    }
    redirect(303, `/partners/rings/${params.slug}?saved=1`);
  },
  decide: async ({ locals, request, params }) => {
    const { requestId, decision, note } = textFields(await request.formData(), ['requestId', 'decision', 'note']);
    try {
      await locals.api.adminRings.decide.mutate({ requestId, decision: decision === 'APPROVED' ? 'APPROVED' : 'REJECTED', note: note || undefined });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, `/partners/rings/${params.slug}`);
  },
  remove: async ({ locals, request, params }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { memberId } = textFields(form, ['memberId']);
    try {
      await locals.api.adminRings.removeMember.mutate({ memberId });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, `/partners/rings/${params.slug}`);
  },
} satisfies Actions;
