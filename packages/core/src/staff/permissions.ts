// What each staff role may do. The API checks these on every staff procedure; the admin app
// uses the same table to show each person only their part of the store.
import type { Role } from '@tandem/db';

export const PERMISSIONS = [
  /** Products, variants, images, categories, brands, stock, configurators, offer feeds. */
  'catalog',
  /** Reading orders and customers' order history. */
  'orders.read',
  /**
   * The customer list, customer pages and the customer CSV export (personal data: support helps
   * one customer, marketing targets groups; catalog managers do not need it). Changing a customer's
   * price group is `marketing`, as the price lists it selects are.
   */
  'customers',
  /** Fulfilling, cancelling and refunding orders, marking offline payments received. */
  'orders.manage',
  /** Promotions, price lists, bundles, group buys, pricing rules, segments. */
  'marketing',
  /** Partners, commissions, payouts, shared content, web rings. */
  'partners',
  /** The support inbox, FAQ entries and canned replies. */
  'support',
  /** Dashboards of how the store is doing. */
  'dashboards',
  /** The audit log and staff accounts. */
  'audit',
  /** Store settings: the payment methods (bank account, holds, pickup). Saving asks for the password again. */
  'settings',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const STAFF_ROLES = ['ADMIN', 'CATALOG_MANAGER', 'SUPPORT', 'MARKETING'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  CATALOG_MANAGER: ['catalog', 'orders.read', 'dashboards'],
  SUPPORT: ['support', 'orders.read', 'customers', 'dashboards'],
  MARKETING: ['customers', 'marketing', 'partners', 'dashboards'],
};

/** Whether someone with these roles may do what the permission covers. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => isStaffRole(role) && ROLE_PERMISSIONS[role].includes(permission));
}

/** Everything these roles allow, in the order of PERMISSIONS. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some(isStaffRole);
}
