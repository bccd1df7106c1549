// The returns queue: open returns oldest first (or those of one status), each with the move its
// status allows — approve or reject (with a reason for the shopper), mark received, refund
// (the amount is computed by the API; staff choose the shipping and what goes back in stock).
import { fail, redirect } from '@sveltejs/kit';
import { RETURN_STATUSES, RejectReturnInput, ReturnIdInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Status = (typeof RETURN_STATUSES)[number];
const isStatus = (value: string | null): value is Status => (RETURN_STATUSES as readonly string[]).includes(value ?? '');

export const load = (async ({ locals, url }) => {
  const wanted = url.searchParams.get('status');
  const status = isStatus(wanted) ? wanted : undefined;
  return { status: status ?? '', returns: await locals.api.adminReturns.queue.query({ status }).catch(rethrowApiError) };
}) satisfies PageServerLoad;

/** Runs one move on the return named by the form; success comes back to the queue with a note. */
async function act(event: RequestEvent, form: FormData, done: string, call: (id: string) => Promise<unknown>, values: Record<string, string> = {}) {
  const parsed = validate(ReturnIdInput, { id: String(form.get('id') ?? '') });
  if (!parsed.ok) return invalidForm(values, parsed.errors);
  try {
    await call(parsed.data.id);
  } catch (cause) {
    return refusedForm({ ...values, returnId: parsed.data.id }, cause, ['reason']);
  }
  const status = event.url.searchParams.get('status');
  redirect(303, `/orders/returns?${new URLSearchParams({ ...(status ? { status } : {}), done })}#return-${parsed.data.id}`);
}

export const actions = {
  approve: async (event) => {
    const form = await event.request.formData();
    return act(event, form, 'approved', (id) => event.locals.api.adminReturns.approve.mutate({ id }));
  },
  reject: async (event) => {
    const form = await event.request.formData();
    const values = { ...textFields(form, ['reason']), returnId: String(form.get('id') ?? '') };
    const parsed = validate(RejectReturnInput, { id: values.returnId, reason: values.reason });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    return act(event, form, 'rejected', () => event.locals.api.adminReturns.reject.mutate(parsed.data), values);
  },
  receive: async (event) => {
    const form = await event.request.formData();
    return act(event, form, 'received', (id) => event.locals.api.adminReturns.receive.mutate({ id }));
  },
  refund: async (event) => {
    const form = await event.request.formData();
    if (form.get('confirmed') !== 'yes') return fail(400, { returnId: String(form.get('id') ?? ''), errors: {}, message: 'Please confirm first: a refund cannot be undone.' });
    const input = { refundShipping: form.get('refundShipping') === 'yes', restockLineIds: form.getAll('restock').map(String) };
    return act(event, form, 'refunded', (id) => event.locals.api.adminReturns.refund.mutate({ id, ...input }));
  },
} satisfies Actions;
