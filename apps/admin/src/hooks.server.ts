import type { Handle, RequestEvent } from '@sveltejs/kit';
import { apiErrorCode } from '@tandem/web-kit/api-error';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { newRequestId, withRequestIdHeader } from '@tandem/web-kit/request-id';
import { withSecurityHeadersHandle } from '@tandem/web-kit/security-handle';
import { permissionFor } from '$lib/areas';
import { createApi } from '$lib/server/api';
import { signInPath } from '$lib/server/guard';
import { adminSessionCookie, endSession } from '$lib/server/session';
import { adminSite } from '$lib/server/site';
import type { StaffMember } from '$lib/staff';

const handleStaff: Handle = async ({ event, resolve }) => {
  event.locals.site = adminSite();
  const auth: ApiAuth = {
    sessionToken: event.cookies.get(adminSessionCookie(event.locals.site)) || null,
    cartToken: null,
    clientAddress: event.getClientAddress(),
    userAgent: event.request.headers.get('user-agent') ?? '',
    // One id for this page and every API call it makes (the API's log lines carry it too).
    requestId: newRequestId(),
  };
  event.locals.auth = auth;
  event.locals.api = createApi(event.fetch, auth);
  event.locals.staff = auth.sessionToken ? await signedInStaff(event) : null;
  const response = forbidden(event) ?? (await resolve(event));
  // Staff pages hold customers' data: never keep them in shared caches.
  response.headers.set('cache-control', 'private, no-store');
  return withRequestIdHeader(response, auth.requestId!);
};

/** Security headers on every response, the early 401/403 answers included. */
export const handle: Handle = withSecurityHeadersHandle(adminSite, handleStaff);

/** The staff member behind the cookie; a session the API refuses loses its cookie. */
async function signedInStaff(event: RequestEvent): Promise<StaffMember | null> {
  try {
    return await event.locals.api.staff.me.query();
  } catch (cause) {
    const code = apiErrorCode(cause);
    if (code === 'UNAUTHORIZED') event.locals.sessionEnded = true;
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') endSession(event);
    else console.error(`Could not check the admin session (request ${event.locals.auth.requestId}):`, cause);
    return null;
  }
}

/**
 * Form posts to an area the person's role does not cover are refused here, before any action
 * runs (pages answer 403 from their area's layout, with the error page). The API checks again.
 */
function forbidden(event: RequestEvent): Response | null {
  if (event.request.method === 'GET' || event.request.method === 'HEAD') return null;
  const permission = permissionFor(event.url.pathname, event.request.method);
  if (!permission) return null;
  if (event.locals.staff?.permissions.includes(permission)) return null;
  if (event.locals.sessionEnded) return toSignIn(event);
  return new Response(event.locals.staff ? 'Your role does not allow this action.' : 'Please sign in.', { status: event.locals.staff ? 403 : 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * A form posted after the session ended (30 idle minutes, 12 hours): to the sign-in page, which
 * says why and comes back to the form's page. `use:enhance` posts expect an action result.
 */
function toSignIn(event: RequestEvent): Response {
  const location = signInPath(event.locals, new URL(event.url.pathname, event.url));
  if (event.request.headers.get('x-sveltekit-action') === 'true') {
    return new Response(JSON.stringify({ type: 'redirect', status: 303, location }), { headers: { 'content-type': 'application/json' } });
  }
  return new Response(null, { status: 303, headers: { location } });
}
