import { fail, redirect } from '@sveltejs/kit';
import { GroupBuyInput } from '@tandem/validators';
import { formFailure } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import { amount, count, formValues, text, utcDate, type FormValues } from '../../draft-form';
import type { Actions, PageServerLoad } from './$types';

/** Tier lines "1 = 100.00", "5 = 85.00": buyers from, unit price. */
function tiersOf(v: FormValues) {
  return text(v, 'tiers')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [buyers = '', price = ''] = line.split(/\s*[=:]\s*/);
      return { minParticipants: /^\d+$/.test(buyers) ? Number(buyers) : Number.NaN, unitAmount: amount({ p: price }, 'p') ?? Number.NaN };
    });
}

export const load = (() => ({ values: { tiers: '1 = 100.00\n5 = 85.00\n10 = 70.00', minParticipants: '3', maxQuantity: '1' } as FormValues })) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, request }) => {
    const values = formValues(await request.formData());
    const parsed = validate(GroupBuyInput, {
      slug: text(values, 'slug'), title: text(values, 'title'), description: text(values, 'description'), variantId: text(values, 'variantId'),
      minParticipants: count(values, 'minParticipants'), maxParticipants: count(values, 'maxParticipants'), maxQuantity: count(values, 'maxQuantity') ?? 1,
      endsAt: utcDate(values, 'endsAt'), tiers: tiersOf(values),
    });
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the group buy.' });
    let id: string;
    try {
      id = (await locals.api.adminGroupBuys.create.mutate(parsed.data)).id;
    } catch (cause) {
      const failure = formFailure(cause, ['slug', 'title', 'variantId', 'minParticipants', 'maxParticipants', 'endsAt', 'tiers', 'currency']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message });
    }
    redirect(303, `/marketing/group-buys/${id}?created=1`);
  },
} satisfies Actions;
