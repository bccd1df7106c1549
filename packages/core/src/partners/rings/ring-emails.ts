// The e-mail a ring's owner gets when a member's page goes down or comes back (a template for the
// notifications outbox).
import { block, composeEmail, defineEmailTemplate } from '../../notifications/index.ts';
import { withoutTrailingSlash } from '../../shared/index.ts';

interface MemberHealthNews {
  partnerName: string;
  pageUrl: string;
  ring: { slug: string; name: string };
  up: boolean;
  /** Why the page counts as down; null when it is up. */
  reason: string | null;
  /** Where the owner manages the ring's members (see `ringMembersUrl`); no link without it. */
  membersUrl?: string | undefined;
}

/**
 * The page where a ring's owner manages its members: a partner's rings in the partner portal
 * (partners cannot use the staff admin), the store's own ring in the admin app.
 */
export function ringMembersUrl(ring: { slug: string; ownedByPartner: boolean }, apps: { storefrontUrl?: string | undefined; adminUrl?: string | undefined }): string | undefined {
  if (ring.ownedByPartner) return apps.storefrontUrl ? `${withoutTrailingSlash(apps.storefrontUrl)}/partners/rings` : undefined;
  return apps.adminUrl ? `${withoutTrailingSlash(apps.adminUrl)}/partners/rings/${encodeURIComponent(ring.slug)}` : undefined;
}

/** News of one member's page changing state, to the ring's owner. */
export const ringMemberHealthEmail = defineEmailTemplate('ring.member-health', (d: MemberHealthNews) => {
  const state = d.up ? 'is back up' : 'is down';
  return composeEmail(`${d.partnerName} ${state} in the web ring "${d.ring.name}"`, [
    block.paragraph(`The page of ${d.partnerName} (${d.pageUrl}) in your web ring "${d.ring.name}" ${state}.`),
    block.paragraph(d.reason ? `Reason: ${d.reason}.` : 'Its page carries the ring bar again.'),
    block.paragraph(d.up ? 'Visitors reach it through ring navigation again.' : 'Visitors skip it in ring navigation until the page carries the ring bar again.'),
    ...(d.membersUrl ? [block.link('Ring members', d.membersUrl)] : []),
  ]);
});
