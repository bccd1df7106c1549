// The tracking choice, as a plain form so it works without JavaScript: yes gives the visitor a
// first-party id and a store arranged for them; no keeps nothing that identifies them.
import { fail, redirect } from '@sveltejs/kit';
import { safeNextPath } from '$lib/safe-next';
import { cookieName } from '$lib/server/cookies';
import { chooseTracking } from '$lib/server/visitor';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  // The page still explains the cookie when the API cannot say how long it lives right now.
  const window = await locals.api.affiliate.attributionWindow.query().catch(() => null);
  // The page names the attribution cookie as browsers show it (`__Host-`-prefixed over HTTPS).
  return { consent: locals.visitor.consent, referralDays: window?.days ?? null, referralCookie: cookieName(locals.site, 'ref') };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const choice = form.get('tracking');
    if (choice !== 'yes' && choice !== 'no') return fail(400, { error: 'Choose yes or no.' });
    const visitor = chooseTracking(event, choice === 'yes', event.locals.visitor);
    event.locals.visitor = visitor;
    // A signed-in customer's profile follows the choice too.
    if (event.locals.customer) await event.locals.api.personalData.setConsent.mutate({ tracking: visitor.consent === true }).catch(() => undefined);
    if (visitor.id && event.locals.customer) await event.locals.api.recommendations.claimVisitor.mutate({ visitorId: visitor.id }).catch(() => undefined);
    redirect(303, safeNextPath(String(form.get('next') ?? ''), '/'));
  },
} satisfies Actions;
