import { redirect } from '@sveltejs/kit';
import { AdjustStockInput, STOCK_REASONS, StockListInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const filter = { query: url.searchParams.get('query')?.trim() ?? '', lowOnly: url.searchParams.get('low') === '1' };
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
  const parsed = StockListInput.safeParse({ ...(filter.query ? { query: filter.query } : {}), lowOnly: filter.lowOnly, page });
  const [result, history] = await Promise.all([
    locals.api.adminCatalog.stock.list.query(parsed.success ? parsed.data : {}),
    locals.api.adminCatalog.stock.history.query({ limit: 30 }),
  ]).catch(rethrowApiError);
  return { filter, result, history, reasons: STOCK_REASONS };
}) satisfies PageServerLoad;

export const actions = {
  adjust: async ({ locals, request, url }) => {
    const values = textFields(await request.formData(), ['variantId', 'delta', 'reason', 'note']);
    const delta = /^[+-]?\d{1,7}$/.test(values.delta.trim()) ? Number(values.delta.trim()) : Number.NaN;
    const parsed = validate(AdjustStockInput, { ...values, delta });
    const form = `row-${values.variantId}`;
    if (!parsed.ok) return invalidForm({ ...values, form }, parsed.errors);
    try {
      await locals.api.adminCatalog.stock.adjust.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ ...values, form }, cause, ['delta', 'reason', 'note']);
    }
    redirect(303, `/catalog/stock?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), saved: '1' })}`);
  },
} satisfies Actions;
