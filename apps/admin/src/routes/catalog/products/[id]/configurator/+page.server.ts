// The configurator editor: the whole definition, one group, or the rules, as JSON. The API
// refuses an inconsistent or unsatisfiable definition with the reason, which the page shows.
import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import type { Actions, PageServerLoad } from './$types';

/** A starting point for a product without a configurator: one choice, valid by default. */
const TEMPLATE = {
  schemaVersion: 1, preview: 'none',
  groups: [{ kind: 'single', id: 'colour', label: 'Colour', required: true, options: [{ id: 'black', label: 'Black', price: { kind: 'fixed', amount: 0 } }] }],
  rules: [], adjustments: [], baseLeadTimeDays: 0, defaults: { colour: 'black' },
};

export const load = (async ({ locals, params }) => {
  const product = await locals.api.adminCatalog.products.get.query({ id: params.id }).catch(rethrowApiError);
  const current = await locals.api.adminConfigurator.definition.query({ slug: product.slug }).catch(rethrowApiError);
  return { product: { id: product.id, slug: product.slug, title: product.title, variants: product.variants.map((v) => ({ id: v.id, sku: v.sku, title: v.title })) }, current, template: JSON.stringify(TEMPLATE, null, 2) };
}) satisfies PageServerLoad;

function readJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
  }
}

const done = (id: string) => redirect(303, `/catalog/products/${id}/configurator?saved=1`);

export const actions = {
  definition: async ({ locals, params, request }) => {
    const form = await request.formData();
    const text = String(form.get('definition') ?? '');
    const json = readJson(text);
    if (!json.ok) return invalidForm({ form: 'definition', definition: text }, { definition: [json.error] });
    const version = String(form.get('expectedVersion') ?? '');
    try {
      await locals.api.adminConfigurator.setDefinition.mutate({
        slug: String(form.get('slug')), definition: json.value as never, baseVariantId: String(form.get('baseVariantId') ?? '') || undefined,
        ...(version ? { expectedVersion: Number(version) } : { expectedVersion: 0 }),
      });
    } catch (cause) {
      return refusedForm({ form: 'definition', definition: text }, cause, ['definition', 'baseVariantId']);
    }
    done(params.id);
  },
  rules: async ({ locals, params, request }) => {
    const form = await request.formData();
    const text = String(form.get('rules') ?? '');
    const json = readJson(text);
    if (!json.ok) return invalidForm({ form: 'rules', rules: text }, { rules: [json.error] });
    try {
      await locals.api.adminConfigurator.setRules.mutate({ slug: String(form.get('slug')), rules: json.value as never });
    } catch (cause) {
      return refusedForm({ form: 'rules', rules: text }, cause, ['rules', 'definition']);
    }
    done(params.id);
  },
  group: async ({ locals, params, request }) => {
    const form = await request.formData();
    const text = String(form.get('group') ?? '');
    const formName = `group-${String(form.get('groupId') ?? 'new')}`;
    const json = readJson(text);
    if (!json.ok) return invalidForm({ form: formName, group: text }, { group: [json.error] });
    try {
      await locals.api.adminConfigurator.upsertGroup.mutate({ slug: String(form.get('slug')), group: json.value as never });
    } catch (cause) {
      return refusedForm({ form: formName, group: text }, cause, ['group', 'definition']);
    }
    done(params.id);
  },
  removeGroup: async ({ locals, params, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const groupId = String(form.get('groupId') ?? '');
    try {
      await locals.api.adminConfigurator.removeGroup.mutate({ slug: String(form.get('slug')), groupId });
    } catch (cause) {
      return refusedForm({ form: `group-${groupId}` }, cause, ['definition']);
    }
    done(params.id);
  },
} satisfies Actions;
