import { redirect } from '@sveltejs/kit';
import { CreatePartnerApiKeyInput, EntityId } from '@tandem/validators';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => ({
  keys: await locals.api.partners.apiKeys.list.query().catch(rethrowApiError),
  revoked: url.searchParams.has('revoked'),
})) satisfies PageServerLoad;

export const actions = {
  /** The new key comes back in this response only: it is never stored or shown again. */
  create: async ({ request, locals }) => {
    const values = textFields(await request.formData(), ['label']);
    const parsed = validate(CreatePartnerApiKeyInput, values);
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      const { key, apiKey } = await locals.api.partners.apiKeys.create.mutate(parsed.data);
      return { created: { key, label: apiKey.label, prefix: apiKey.prefix } };
    } catch (cause) {
      return refusedForm(values, cause, ['label']);
    }
  },
  revoke: async ({ request, locals }) => {
    const id = EntityId.safeParse((await request.formData()).get('id'));
    if (!id.success) return invalidForm({ label: '' }, { form: ['That key was not found.'] });
    try {
      await locals.api.partners.apiKeys.revoke.mutate({ id: id.data });
    } catch (cause) {
      return refusedForm({ label: '' }, cause, []);
    }
    redirect(303, '/partners/keys?revoked=1');
  },
} satisfies Actions;
