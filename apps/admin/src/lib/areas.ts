// The admin's areas, each a route folder guarded by one permission. The navigation shows only
// the areas a person's permissions allow; a new area (catalog, marketing…) is one more entry here
// plus its folder under src/routes.
import type { Permission } from './staff';

export interface AdminArea {
  /** The route folder, e.g. `/orders`. */
  path: string;
  label: string;
  permission: Permission;
}

export const AREAS: readonly AdminArea[] = [
  { path: '/orders', label: 'Orders', permission: 'orders.read' },
  { path: '/support', label: 'Customer service', permission: 'support' },
  { path: '/audit', label: 'Audit log', permission: 'audit' },
];

export function areasFor(permissions: readonly Permission[]): AdminArea[] {
  return AREAS.filter((area) => permissions.includes(area.permission));
}

/** The area a path belongs to, if any. */
export function areaOf(pathname: string): AdminArea | undefined {
  return AREAS.find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`));
}
