import { redirect } from '@sveltejs/kit';
import { RejectPartnerInput, SuspendPartnerInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals, params }) => ({
  partner: await locals.api.adminPartners.detail.query({ id: params.id }).catch(rethrowApiError),
})) satisfies PageServerLoad;

/** Runs one decision; success comes back to the partner's page with a note of what was done. */
async function decide(event: RequestEvent, done: string, call: () => Promise<unknown>, values: Record<string, string> = {}) {
  try {
    await call();
  } catch (cause) {
    return refusedForm({ decision: done, ...values }, cause, ['reason']);
  }
  redirect(303, `/partners/${event.params.id}?done=${done}`);
}

/** The reason field of a rejection or suspension, checked with the API's own schema. */
async function withReason(event: RequestEvent, schema: typeof RejectPartnerInput | typeof SuspendPartnerInput, done: string, call: (reason: string) => Promise<unknown>) {
  const values = textFields(await event.request.formData(), ['reason']);
  const parsed = validate(schema, { id: event.params.id, reason: values.reason });
  if (!parsed.ok) return invalidForm({ decision: done, ...values }, parsed.errors);
  return decide(event, done, () => call(parsed.data.reason), values);
}

export const actions = {
  approve: (event) => decide(event, 'approved', () => event.locals.api.adminPartners.approve.mutate({ id: event.params.id })),
  reinstate: (event) => decide(event, 'reinstated', () => event.locals.api.adminPartners.reinstate.mutate({ id: event.params.id })),
  reject: (event) => withReason(event, RejectPartnerInput, 'rejected', (reason) => event.locals.api.adminPartners.reject.mutate({ id: event.params.id, reason })),
  suspend: (event) => withReason(event, SuspendPartnerInput, 'suspended', (reason) => event.locals.api.adminPartners.suspend.mutate({ id: event.params.id, reason })),
} satisfies Actions;
