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
  { href: '/partners/stats', label: 'Statistics' },
  { href: '/partners/commissions', label: 'Commissions' },
  { href: '/partners/content', label: 'Shared content' },
  { href: '/partners/widget', label: 'Widget' },
  { href: '/partners/rings', label: 'Web rings' },
];
