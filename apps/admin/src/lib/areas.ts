// The admin's areas, each a route folder guarded by one permission. The navigation shows only
// the areas a person's permissions allow; a new area (catalog, marketing…) is one more entry here
// plus its folder under src/routes.
import type { Permission } from './staff';

export interface AdminArea {
  /** The route folder, e.g. `/orders`. */
  path: string;
  label: string;
  /** Needed to see the area. */
  permission: Permission;
  /** Needed for its form actions, when more than seeing it (orders: `orders.manage`). */
  actionPermission?: Permission;
}

export const AREAS: readonly AdminArea[] = [
  { path: '/orders', label: 'Orders', permission: 'orders.read', actionPermission: 'orders.manage' },
  // Seeing customers is personal data (support, marketing); moving one to a price group is marketing's.
  { path: '/customers', label: 'Customers', permission: 'customers', actionPermission: 'marketing' },
  { path: '/catalog', label: 'Catalog', permission: 'catalog' },
  { path: '/support', label: 'Customer service', permission: 'support' },
  { path: '/partners', label: 'Partners', permission: 'partners' },
  { path: '/partner-content', label: 'Partner content', permission: 'partners' },
  { path: '/marketing', label: 'Marketing', permission: 'marketing' },
  { path: '/audit', label: 'Audit log', permission: 'audit' },
  { path: '/emails', label: 'Sent e-mail', permission: 'audit' },
  { path: '/settings', label: 'Settings', permission: 'settings' },
  { path: '/partners/rings', label: 'Web rings', permission: 'partners' },
];

export function areasFor(permissions: readonly Permission[]): AdminArea[] {
  return AREAS.filter((area) => permissions.includes(area.permission));
}

/** The area a path belongs to, if any. */
export function areaOf(pathname: string): AdminArea | undefined {
  return AREAS.find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`));
}

/** The permission a request to `pathname` needs: the area's action permission for form posts. */
export function permissionFor(pathname: string, method: string): Permission | undefined {
  const area = areaOf(pathname);
  if (!area) return undefined;
  return method === 'GET' || method === 'HEAD' ? area.permission : (area.actionPermission ?? area.permission);
}
