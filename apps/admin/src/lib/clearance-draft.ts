// The undercut report's "react" link: the clearance rule form opened with the proposal filled in
// and switched off, so a person checks and saves it; nothing is priced by following the link.

export interface ProposalForLink {
  variantId: string;
  sku: string;
  discountBps: number;
}

/** The query the clearance form reads (`draft=1`), as a path. Percents are whole, as the form takes them. */
export function clearanceDraftHref(productTitle: string, proposal: ProposalForLink, floorBps: number): string {
  const query = new URLSearchParams({
    draft: '1',
    name: `Match competitors: ${productTitle}`.slice(0, 120),
    variantIds: proposal.variantId,
    // The discount applies at once: from day 0, one step of the whole discount, capped at it.
    startAfterDays: '0',
    stepDays: '1',
    stepPercent: String(proposal.discountBps / 100),
    maxPercent: String(proposal.discountBps / 100),
    floorPercent: String(floorBps / 100),
  });
  return `/marketing/clearance?${query}`;
}

const DRAFT_FIELDS = ['name', 'variantIds', 'startAfterDays', 'stepDays', 'stepPercent', 'maxPercent', 'floorPercent'] as const;

/** The form values a draft link carries (inactive), or null for an ordinary visit. */
export function clearanceDraftValues(url: URL): Record<string, string> | null {
  if (url.searchParams.get('draft') !== '1') return null;
  const values: Record<string, string> = { active: '' };
  for (const name of DRAFT_FIELDS) values[name] = (url.searchParams.get(name) ?? '').slice(0, 200);
  return values;
}
