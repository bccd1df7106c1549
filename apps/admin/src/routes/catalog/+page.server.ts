import { fail, redirect } from '@sveltejs/kit';
import { AdminProductListInput, CreateProductInput, SetProductsStatusInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

const NEW_FIELDS = ['title', 'categoryId', 'brandId'] as const;

export const load = (async ({ locals, url }) => {
  const filter = { query: url.searchParams.get('query')?.trim() ?? '', status: url.searchParams.get('status') ?? '' };
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
  const parsed = AdminProductListInput.safeParse({ ...(filter.query ? { query: filter.query } : {}), ...(filter.status ? { status: filter.status } : {}), page });
  const [result, brands] = await Promise.all([
    locals.api.adminCatalog.products.list.query(parsed.success ? parsed.data : {}),
    locals.api.adminCatalog.brands.list.query(),
  ]).catch(rethrowApiError);
  return { filter, errors: parsed.success ? [] : parsed.error.issues.map((i) => i.message), result, brands };
}) satisfies PageServerLoad;

const BULK_DONE = { ARCHIVED: 'archived', DRAFT: 'set to draft', ACTIVE: 'activated' } as const;

export const actions = {
  /** One status for every product chosen on the list, after the confirmation that names the count. */
  bulk: async ({ locals, request }) => {
    const form = await request.formData();
    const ids = form.getAll('ids').filter((id): id is string => typeof id === 'string');
    const { status, confirmed } = textFields(form, ['status', 'confirmed']);
    if (confirmed !== 'yes') return fail(400, { bulk: true, chosen: ids, errors: {}, message: 'Confirm the change first.' });
    const parsed = validate(SetProductsStatusInput, { ids, status });
    if (!parsed.ok) return fail(400, { bulk: true, chosen: ids, errors: parsed.errors, message: Object.values(parsed.errors).flat().join(' ') });
    try {
      const { changed, unchanged } = await locals.api.adminCatalog.products.setStatusMany.mutate(parsed.data);
      const verb = BULK_DONE[parsed.data.status];
      return { bulk: true, chosen: [], done: `${changed} ${changed === 1 ? 'product' : 'products'} ${verb}${unchanged ? `; ${unchanged} already had that status` : ''}.` };
    } catch (cause) {
      return refusedForm({ bulk: true, chosen: ids }, cause, []);
    }
  },
  create: async ({ locals, request }) => {
    // The picker also posts the chosen category's name, so a form shown again names it.
    const values = textFields(await request.formData(), [...NEW_FIELDS, 'categoryIdLabel']);
    const parsed = validate(CreateProductInput, { title: values.title, categoryId: values.categoryId, brandId: values.brandId || null });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    let id: string;
    try {
      id = (await locals.api.adminCatalog.products.create.mutate(parsed.data)).id;
    } catch (cause) {
      return refusedForm(values, cause, NEW_FIELDS);
    }
    redirect(303, `/catalog/products/${id}?created=1`);
  },
} satisfies Actions;
