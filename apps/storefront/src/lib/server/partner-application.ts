// The partner application form's action, shared by the programme's landing page (first
// application) and the application page (applying again after a rejection).
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { PartnerApplicationInput } from '@tandem/validators';
import { apiErrorCode } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { signInPath } from '$lib/safe-next';

export const APPLICATION_FIELDS = ['name', 'websiteUrl', 'contactEmail', 'note'] as const;

export async function submitPartnerApplication(event: RequestEvent) {
  // A guest's post (a form kept open across a sign-out) goes to sign-in and back.
  if (!event.locals.customer) redirect(303, signInPath('/partners'));
  const values = textFields(await event.request.formData(), APPLICATION_FIELDS);
  const parsed = validate(PartnerApplicationInput, values);
  if (!parsed.ok) return invalidForm(values, parsed.errors);
  try {
    await event.locals.api.partners.submitApplication.mutate(parsed.data);
  } catch (cause) {
    // Already applied (a second tab, a replayed form): the status page says where it stands.
    if (apiErrorCode(cause) === 'CONFLICT') redirect(303, '/partners/application');
    return refusedForm(values, cause, APPLICATION_FIELDS);
  }
  redirect(303, '/partners/application?applied=1');
}
