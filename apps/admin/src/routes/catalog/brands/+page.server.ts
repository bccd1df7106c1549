import { redirect } from '@sveltejs/kit';
import { CreateBrandInput, UpdateBrandInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ brands: await locals.api.adminCatalog.brands.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  create: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['name', 'slug', 'description']);
    const parsed = validate(CreateBrandInput, { ...values, slug: values.slug.trim() || undefined });
    if (!parsed.ok) return invalidForm({ ...values, form: 'create' }, parsed.errors);
    try {
      await locals.api.adminCatalog.brands.create.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: 'create' }, cause, ['name', 'slug', 'description']);
    }
    redirect(303, '/catalog/brands?saved=1');
  },
  update: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['id', 'name', 'description']);
    const parsed = validate(UpdateBrandInput, values);
    if (!parsed.ok) return invalidForm({ ...values, form: `row-${values.id}` }, parsed.errors);
    try {
      await locals.api.adminCatalog.brands.update.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: `row-${values.id}` }, cause, ['name', 'description']);
    }
    redirect(303, '/catalog/brands?saved=1');
  },
  remove: async ({ locals, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { id } = textFields(form, ['id']);
    try {
      await locals.api.adminCatalog.brands.delete.mutate({ id });
    } catch (cause) {
      return refusedForm({ form: `row-${id}` }, cause, []);
    }
    redirect(303, '/catalog/brands?deleted=1');
  },
} satisfies Actions;
