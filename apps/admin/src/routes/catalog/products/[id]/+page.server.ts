import { redirect } from '@sveltejs/kit';
import { SetProductStatusInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { PRODUCT_FIELDS, VARIANT_FIELDS, readAttributesForm, readNewVariantForm, readProductForm, readVariantForm } from '$lib/server/catalog-forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import { imageActions } from './image-actions';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const [product, categories, brands] = await Promise.all([
    locals.api.adminCatalog.products.get.query({ id: params.id }),
    locals.api.adminCatalog.categories.list.query(),
    locals.api.adminCatalog.brands.list.query(),
  ]).catch(rethrowApiError);
  return { product, categories, brands };
}) satisfies PageServerLoad;

const back = (id: string, notice: string) => redirect(303, `/catalog/products/${id}?${notice}=1`);

export const actions = {
  save: async ({ locals, params, request }) => {
    const { values, parsed } = readProductForm(await request.formData(), params.id);
    if (!parsed.ok) return invalidForm({ ...values, form: 'product' }, parsed.errors);
    try {
      await locals.api.adminCatalog.products.update.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: 'product' }, cause, PRODUCT_FIELDS);
    }
    back(params.id, 'saved');
  },
  status: async ({ locals, params, request }) => {
    const parsed = SetProductStatusInput.safeParse({ id: params.id, status: (await request.formData()).get('status') });
    if (!parsed.success) return invalidForm({ form: 'status' }, { status: ['Choose a status'] });
    try {
      await locals.api.adminCatalog.products.setStatus.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ form: 'status' }, cause, []);
    }
    back(params.id, 'saved');
  },
  addVariant: async ({ locals, params, request }) => {
    const { values, parsed } = readNewVariantForm(await request.formData(), params.id);
    if (!parsed.ok) return invalidForm({ ...values, form: 'new-variant' }, parsed.errors);
    try {
      await locals.api.adminCatalog.variants.create.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: 'new-variant' }, cause, VARIANT_FIELDS.map((f) => (f === 'price' ? 'priceAmount' : f === 'compareAt' ? 'compareAtAmount' : f)));
    }
    back(params.id, 'saved');
  },
  updateVariant: async ({ locals, params, request }) => {
    const form = await request.formData();
    const { values, parsed } = readVariantForm(form);
    const formName = `variant-${String(form.get('id'))}`;
    if (!parsed.ok) return invalidForm({ ...values, form: formName }, parsed.errors);
    try {
      await locals.api.adminCatalog.variants.update.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: formName }, cause, ['sku', 'priceAmount', 'currency', 'compareAtAmount', 'optionValues', 'gtin', 'mpn']);
    }
    back(params.id, 'saved');
  },
  deleteVariant: async ({ locals, params, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    try {
      await locals.api.adminCatalog.variants.delete.mutate({ id: String(form.get('id') ?? '') });
    } catch (cause) {
      return refusedForm({ form: 'variants' }, cause, []);
    }
    back(params.id, 'saved');
  },
  attributes: async ({ locals, params, request }) => {
    const { values, parsed } = readAttributesForm(await request.formData(), params.id);
    if (!parsed.ok) return invalidForm({ ...values, form: 'attributes' }, parsed.errors);
    try {
      await locals.api.adminCatalog.attributes.set.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: 'attributes' }, cause, ['attributes']);
    }
    back(params.id, 'saved');
  },
  ...imageActions,
} satisfies Actions;
