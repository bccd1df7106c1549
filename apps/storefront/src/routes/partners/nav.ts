// The partner portal's navigation, one entry per page of the portal (approved partners only).
// Each partner feature adds its page's entry here.

/** A link in the portal's navigation. */
export interface PartnerNavItem {
  href: string;
  label: string;
}

export const PARTNER_NAV: readonly PartnerNavItem[] = [
  { href: '/partners/overview', label: 'Overview' },
  { href: '/partners/profile', label: 'Profile & origins' },
  { href: '/partners/keys', label: 'API keys' },
];
