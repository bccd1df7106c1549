import type { Handle, RequestEvent } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { newRequestId, withRequestIdHeader } from '@tandem/web-kit/request-id';
import { withSecurityHeadersHandle } from '@tandem/web-kit/security-handle';
import { cookieName, endSession } from '$lib/server/cookies';
import { env } from '$env/dynamic/private';
import { createCachedPageLookup, registerCachedPageLookup } from '$lib/server/page-cache/cached-page-lookup';
import { pageCache } from '$lib/server/page-cache/page-cache';
import { withPageCache } from '$lib/server/page-cache/page-cache-handle';
import { shopSite } from '$lib/server/public-origin';
import { readVisitor } from '$lib/server/visitor';
import type { SignedInCustomer } from '$lib/shop-types';

const handleShopper: Handle = async ({ event, resolve }) => {
  const site = shopSite();
  event.locals.site = site;
  const auth: ApiAuth = {
    sessionToken: event.cookies.get(cookieName(site, 'session')) || null,
    cartToken: event.cookies.get(cookieName(site, 'cart')) || null,
    clientAddress: event.getClientAddress(),
    userAgent: event.request.headers.get('user-agent') ?? '',
    referralToken: event.cookies.get(cookieName(site, 'ref')) || null,
    // One id for this page and every API call it makes (the API's log lines carry it too).
    requestId: newRequestId(),
  };
  event.locals.auth = auth;
  event.locals.api = createApi(event.fetch, auth);
  event.locals.visitor = readVisitor(event.cookies, site);
  // Images never need to know who is asking; pages do.
  event.locals.customer = auth.sessionToken && !event.url.pathname.startsWith('/media/') ? await signedInCustomer(event) : null;
  return withRequestIdHeader(await resolve(event), auth.requestId!);
};

/** Security headers on every response, whatever answers it; anonymous pages from the page cache. */
export const handle: Handle = withSecurityHeadersHandle(shopSite, withPageCache(pageCache, shopSite, handleShopper));

// The server entry (serve.js) answers fresh copies from the same store before SvelteKit runs.
registerCachedPageLookup(createCachedPageLookup({ cache: pageCache, site: shopSite, origin: () => env.ORIGIN || null }));

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
    console.error(`Could not check the session (request ${event.locals.auth.requestId}):`, cause);
    return null;
  }
}
