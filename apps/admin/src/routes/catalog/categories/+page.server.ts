import { redirect } from '@sveltejs/kit';
import { CreateCategoryInput, MoveCategoryInput, RenameCategoryInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ categories: await locals.api.adminCatalog.categories.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;

const done = () => redirect(303, '/catalog/categories?saved=1');

export const actions = {
  create: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['name', 'slug', 'parentId']);
    const parsed = validate(CreateCategoryInput, { name: values.name, slug: values.slug.trim() || undefined, parentId: values.parentId || null });
    if (!parsed.ok) return invalidForm({ ...values, form: 'create' }, parsed.errors);
    try {
      await locals.api.adminCatalog.categories.create.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: 'create' }, cause, ['name', 'slug', 'parentId']);
    }
    done();
  },
  rename: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['id', 'name']);
    const parsed = validate(RenameCategoryInput, values);
    if (!parsed.ok) return invalidForm({ ...values, form: `row-${values.id}` }, parsed.errors);
    try {
      await locals.api.adminCatalog.categories.rename.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: `row-${values.id}` }, cause, ['name']);
    }
    done();
  },
  move: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['id', 'parentId']);
    const parsed = validate(MoveCategoryInput, { id: values.id, parentId: values.parentId || null });
    if (!parsed.ok) return invalidForm({ ...values, form: `row-${values.id}` }, parsed.errors);
    try {
      await locals.api.adminCatalog.categories.move.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form: `row-${values.id}` }, cause, ['parentId']);
    }
    done();
  },
  remove: async ({ locals, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { id } = textFields(form, ['id']);
    try {
      await locals.api.adminCatalog.categories.delete.mutate({ id });
    } catch (cause) {
      return refusedForm({ form: `row-${id}` }, cause, []);
    }
    redirect(303, '/catalog/categories?deleted=1');
  },
} satisfies Actions;
