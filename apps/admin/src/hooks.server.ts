import type { Handle, RequestEvent } from '@sveltejs/kit';
import { apiErrorCode } from '@tandem/web-kit/api-error';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import { createApi } from '$lib/server/api';
import { ADMIN_SESSION_COOKIE, endSession } from '$lib/server/session';
import type { StaffMember } from '$lib/staff';

export const handle: Handle = async ({ event, resolve }) => {
  const auth: ApiAuth = {
    sessionToken: event.cookies.get(ADMIN_SESSION_COOKIE) || null,
    cartToken: null,
    clientAddress: event.getClientAddress(),
    userAgent: event.request.headers.get('user-agent') ?? '',
  };
  event.locals.auth = auth;
  event.locals.api = createApi(event.fetch, auth);
  event.locals.staff = auth.sessionToken ? await signedInStaff(event) : null;
  const response = await resolve(event);
  // Staff pages hold customers' data: never keep them in shared caches.
  response.headers.set('cache-control', 'private, no-store');
  return response;
};

/** The staff member behind the cookie; a session the API refuses loses its cookie. */
async function signedInStaff(event: RequestEvent): Promise<StaffMember | null> {
  try {
    return await event.locals.api.staff.me.query();
  } catch (cause) {
    const code = apiErrorCode(cause);
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') endSession(event);
    else console.error('Could not check the admin session:', cause);
    return null;
  }
}
