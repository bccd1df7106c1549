import { fail } from '@sveltejs/kit';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { chooseTracking } from '$lib/server/visitor';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const [consent, behaviour, digest] = await Promise.all([
    locals.api.personalData.consent.query(),
    locals.api.personalData.exportBehaviour.query(),
    locals.api.personalData.digest.query(),
  ]).catch(rethrowApiError);
  return { consent, eventCount: behaviour.events.length, segment: behaviour.segment, digest: digest?.payload ?? null };
}) satisfies PageServerLoad;

export const actions = {
  choices: async (event) => {
    requireCustomer(event.locals, event.url);
    const form = await event.request.formData();
    const tracking = form.get('tracking') === 'on';
    const marketing = form.get('marketing') === 'on';
    try {
      await event.locals.api.personalData.setConsent.mutate({ tracking, marketing });
    } catch (cause) {
      // Newsletters need a confirmed address: the API says so in words a shopper can act on.
      const failure = formFailure(cause, []);
      return fail(failure.status, { error: failure.message });
    }
    // The browser's choice follows the account's, so the banner does not ask again.
    event.locals.visitor = chooseTracking(event, tracking, event.locals.visitor);
    return { done: 'Your choices are saved.' };
  },
  deleteBehaviour: async ({ locals, url, request }) => {
    requireCustomer(locals, url);
    if ((await request.formData()).get('confirm') !== 'yes') return fail(400, { error: 'Tick the box to confirm the deletion.' });
    const { events } = await locals.api.personalData.deleteBehaviour.mutate({ visitorId: locals.visitor.id ?? undefined }).catch(rethrowApiError);
    return { done: `Deleted ${events} recorded ${events === 1 ? 'event' : 'events'}.` };
  },
} satisfies Actions;
