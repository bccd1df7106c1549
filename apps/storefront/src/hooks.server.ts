import type { Handle, RequestEvent } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { CART_COOKIE, SESSION_COOKIE, endSession } from '$lib/server/cookies';
import { readVisitor } from '$lib/server/visitor';
import { REFERRAL_COOKIE } from '$lib/server/referral';
import type { SignedInCustomer } from '$lib/shop-types';

export const handle: Handle = async ({ event, resolve }) => {
  const auth: ApiAuth = {
    sessionToken: event.cookies.get(SESSION_COOKIE) || null,
    cartToken: event.cookies.get(CART_COOKIE) || null,
    clientAddress: event.getClientAddress(),
    userAgent: event.request.headers.get('user-agent') ?? '',
    referralToken: event.cookies.get(REFERRAL_COOKIE) || null,
  };
  event.locals.auth = auth;
  event.locals.api = createApi(event.fetch, auth);
  event.locals.visitor = readVisitor(event.cookies);
  // Images never need to know who is asking; pages do.
  event.locals.customer = auth.sessionToken && !event.url.pathname.startsWith('/media/') ? await signedInCustomer(event) : null;
  return resolve(event);
};

/** The customer behind the session cookie; a session the API no longer knows loses its cookie. */
async function signedInCustomer(event: RequestEvent): Promise<SignedInCustomer | null> {
  try {
    const me = await event.locals.api.auth.me.query();
    if (!me) {
      endSession(event);
      return null;
    }
    return { id: me.id, name: me.name, email: me.email };
  } catch (cause) {
    // An unreachable API says nothing about the session: keep the cookie for the next request.
    console.error('Could not check the session:', cause);
    return null;
  }
}
