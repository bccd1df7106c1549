import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import type { Actions, PageServerLoad } from './$types';

const MAX_BYTES = 20_000_000;

export const load = (async ({ locals }) => ({ imports: await locals.api.adminCatalog.csv.imports.query().catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  upload: async ({ locals, request }) => {
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return invalidForm({}, { file: ['Choose a CSV file'] });
    if (file.size > MAX_BYTES) return invalidForm({}, { file: ['Files are at most 20 MB; split larger ones'] });
    let id: string;
    try {
      id = (await locals.api.adminCatalog.csv.startImport.mutate({ fileName: file.name.slice(0, 200) || 'import.csv', csv: await file.text() })).id;
    } catch (cause) {
      return refusedForm({}, cause, ['csv', 'file']);
    }
    redirect(303, `/catalog/import/${id}`);
  },
} satisfies Actions;
