import { redirect } from '@sveltejs/kit';
import { PartnerProfileInput } from '@tandem/validators';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'websiteUrl', 'contactEmail', 'allowedOrigins'] as const;

export const load = (({ url }) => ({ saved: url.searchParams.has('saved') })) satisfies PageServerLoad;

/** One origin per line (commas work too); blank lines are ignored. */
function originLines(text: string): string[] {
  return text.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);
}

export const actions = {
  save: async ({ request, locals }) => {
    const values = textFields(await request.formData(), FIELDS);
    const parsed = validate(PartnerProfileInput, { ...values, allowedOrigins: originLines(values.allowedOrigins) });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.partners.updateProfile.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, FIELDS);
    }
    redirect(303, '/partners/profile?saved=1');
  },
} satisfies Actions;
