// Price comparison overview: the partners and competitors whose feeds are compared, the feed
// upload (one import, its report shown at once) and the latest imports.
import { fail } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { refusedForm } from '@tandem/web-kit/form-failure';
import { readImportForm } from './import-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const [sources, imports] = await Promise.all([locals.api.offers.sources.query(), locals.api.offers.imports.query({ limit: 20 })]).catch(rethrowApiError);
  return { sources, imports };
}) satisfies PageServerLoad;

export const actions = {
  /** Imports the uploaded feed for the chosen (or new) source and answers with its report. */
  import: async ({ locals, request }) => {
    const sources = await locals.api.offers.sources.query().catch(rethrowApiError);
    const read = await readImportForm(await request.formData(), sources);
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors, message: 'Please check the feed.', report: null });
    try {
      return { values: read.values, errors: {}, message: '', report: await locals.api.offers.importFeed.mutate(read.data) };
    } catch (cause) {
      return refusedForm({ values: read.values, report: null }, cause, ['name', 'slug', 'kind', 'homepageUrl', 'file']);
    }
  },
} satisfies Actions;
