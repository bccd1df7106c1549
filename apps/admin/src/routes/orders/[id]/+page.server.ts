import { fail, redirect } from '@sveltejs/kit';
import { FulfilOrderInput, ResendOrderEmailInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { newFormKey } from '@tandem/web-kit/form-key';
import { textFields, validate } from '@tandem/web-kit/forms';
import { parseMinorUnits } from '$lib/amount';
import { timelineSentence } from '$lib/order-timeline';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals, params }) => {
  const order = await locals.api.adminOrders.detail.query({ id: params.id }).catch(rethrowApiError);
  return {
    order,
    // Each event as a sentence, written here so the page ships no label tables.
    timeline: order.timeline.map((event) => ({ at: event.at, sentence: timelineSentence(event, order.total.currency) })),
    documents: await locals.api.adminOrders.documents.query({ id: params.id }).catch(rethrowApiError),
    refundKey: newFormKey(),
  };
}) satisfies PageServerLoad;

/** Cancel and refund cannot be undone: the form says `confirmed=yes` only from its confirmation step. */
const NOT_CONFIRMED = 'Please confirm first: this cannot be undone.';

/** Runs one order action; success comes back to the order page with a note of what was done. */
async function act(event: RequestEvent, done: string, call: () => Promise<unknown>, values: Record<string, string> = {}, fields: readonly string[] = []) {
  try {
    await call();
  } catch (cause) {
    return refusedForm(values, cause, fields);
  }
  redirect(303, `/orders/${event.params.id}?done=${done}`);
}

export const actions = {
  fulfil: async (event) => {
    const values = textFields(await event.request.formData(), ['carrier', 'trackingNumber', 'trackingUrl']);
    const parsed = validate(FulfilOrderInput, { id: event.params.id, ...values, trackingUrl: values.trackingUrl.trim() || undefined });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    return act(event, 'fulfilled', () => event.locals.api.adminOrders.fulfil.mutate(parsed.data), values, ['carrier', 'trackingNumber', 'trackingUrl']);
  },
  deliver: (event) => act(event, 'delivered', () => event.locals.api.adminOrders.deliver.mutate({ id: event.params.id })),
  readyForPickup: (event) => act(event, 'ready-for-pickup', () => event.locals.api.adminOrders.readyForPickup.mutate({ id: event.params.id })),
  collected: (event) => act(event, 'collected', () => event.locals.api.adminOrders.collected.mutate({ id: event.params.id })),
  cancel: async (event) => {
    const { confirmed } = textFields(await event.request.formData(), ['confirmed']);
    if (confirmed !== 'yes') return fail(400, { errors: {}, message: NOT_CONFIRMED });
    return act(event, 'cancelled', () => event.locals.api.adminOrders.cancel.mutate({ id: event.params.id }));
  },
  markPaid: (event) => act(event, 'paid', () => event.locals.api.adminOrders.markPaid.mutate({ id: event.params.id })),
  refund: async (event) => {
    const { confirmed, ...values } = textFields(await event.request.formData(), ['amount', 'idempotencyKey', 'confirmed']);
    const amount = parseMinorUnits(values.amount);
    if (!amount) return invalidForm(values, { amount: ['Enter an amount like 12.50'] });
    if (confirmed !== 'yes') return fail(400, { ...values, errors: {}, message: NOT_CONFIRMED });
    const input = { id: event.params.id, amount, idempotencyKey: values.idempotencyKey };
    return act(event, 'refunded', () => event.locals.api.adminOrders.refund.mutate(input), values, ['amount']);
  },
  resend: async (event) => {
    const { kind } = textFields(await event.request.formData(), ['kind']);
    const parsed = validate(ResendOrderEmailInput, { id: event.params.id, kind });
    if (!parsed.ok) return invalidForm({}, parsed.errors);
    return act(event, `sent-${parsed.data.kind}`, () => event.locals.api.adminOrders.resendEmail.mutate(parsed.data));
  },
} satisfies Actions;
