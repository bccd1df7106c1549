import { error, fail, redirect } from '@sveltejs/kit';
import { ConfigurationId, Slug } from '@tandem/validators';
import { choicesFromForm } from '$lib/configurator/form-choices';
import { apiErrorCode, formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { rememberCart } from '$lib/server/cookies';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals, params, url }) => {
  if (!Slug.safeParse(params.slug).success) error(404, 'There is no such product.');
  const view = await locals.api.configurator.product.query({ slug: params.slug }).catch(rethrowApiError);
  // `?c=<id>` opens a shared configuration; an unknown id falls back to the defaults.
  const savedId = ConfigurationId.safeParse(url.searchParams.get('c')).data ?? null;
  const saved = savedId ? await locals.api.configurator.saved.query({ id: savedId }).catch(() => null) : null;
  const choices = saved && saved.slug === params.slug ? saved.choices : view.definition.defaults;
  const evaluation = await locals.api.configurator.evaluate.query({ slug: params.slug, choices }).catch(rethrowApiError);
  return { ...view, choices, evaluation, savedId: saved ? savedId : null };
}) satisfies PageServerLoad;

async function readForm(event: RequestEvent) {
  const form = await event.request.formData();
  const { definition } = await event.locals.api.configurator.product.query({ slug: event.params.slug }).catch(rethrowApiError);
  const choices = choicesFromForm(definition, form);
  const evaluation = await event.locals.api.configurator.evaluate.query({ slug: event.params.slug, choices }).catch(rethrowApiError);
  const quantity = Number(form.get('quantity') ?? 1);
  const configurationId = ConfigurationId.safeParse(form.get('configurationId')).data;
  return { choices, evaluation, quantity, configurationId };
}

const invalid = (choices: unknown, evaluation: unknown, message = 'Some choices do not work together yet; see the notes below.') =>
  fail(400, { choices, evaluation, message });

export const actions = {
  /** Validates and prices the choices (the no-JavaScript "update" step). */
  update: async (event) => {
    const { choices, evaluation } = await readForm(event);
    if (!evaluation.valid) return invalid(choices, evaluation);
    return { choices, evaluation, message: 'Your configuration works.' };
  },
  /** Saves the configuration and opens its share link. */
  save: async (event) => {
    const { choices, evaluation } = await readForm(event);
    if (!evaluation.valid) return invalid(choices, evaluation, 'Fix the notes below before sharing this configuration.');
    const { sharePath } = await event.locals.api.configurator.save.mutate({ slug: event.params.slug, choices }).catch(rethrowApiError);
    redirect(303, sharePath);
  },
  /** The server re-validates and re-prices, then adds the configuration to the cart. */
  add: async (event) => {
    const { choices, evaluation, quantity, configurationId } = await readForm(event);
    if (!evaluation.valid) return invalid(choices, evaluation, 'Fix the notes below before adding this to your cart.');
    try {
      const { cartToken } = await event.locals.api.configurator.addToCart.mutate({ slug: event.params.slug, choices, quantity, ...(configurationId ? { configurationId } : {}) });
      if (cartToken) rememberCart(event, cartToken);
    } catch (cause) {
      if (apiErrorCode(cause) === 'BAD_REQUEST' || apiErrorCode(cause) === 'CONFLICT') {
        return fail(apiErrorCode(cause) === 'CONFLICT' ? 409 : 400, { choices, evaluation, message: formFailure(cause, []).message });
      }
      throw cause;
    }
    redirect(303, '/cart?added=configuration');
  },
} satisfies Actions;
