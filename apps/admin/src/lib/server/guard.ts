// Access checks for pages and actions. The API enforces every permission itself; these only
// make the admin answer 403 with a clear page instead of a half-rendered one.
import { error, redirect } from '@sveltejs/kit';
import type { Permission, StaffMember } from '$lib/staff';

/**
 * The sign-in page, coming back to `url` afterwards; when the session the person had just ended
 * (idle timeout or lifetime), the page says so.
 */
export function signInPath(locals: App.Locals, url: URL): string {
  const next = `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
  return locals.sessionEnded ? `${next}&ended=1` : next;
}

export function requireStaff(locals: App.Locals, url: URL): StaffMember {
  if (!locals.staff) redirect(303, signInPath(locals, url));
  return locals.staff;
}

export function requirePermission(locals: App.Locals, url: URL, permission: Permission): StaffMember {
  const staff = requireStaff(locals, url);
  if (!staff.permissions.includes(permission)) error(403, 'Your role does not give you access to this part of the admin.');
  return staff;
}
