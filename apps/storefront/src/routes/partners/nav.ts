// The partner portal's navigation. Each area adds its own line.
export interface PartnerNavItem {
  href: string;
  label: string;
}

export const partnerNav: PartnerNavItem[] = [
  { href: '/partners/widget', label: 'Widget' },
  { href: '/partners/rings', label: 'Web rings' },
];
