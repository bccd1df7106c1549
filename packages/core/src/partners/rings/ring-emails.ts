// The e-mail a ring's owner gets when a member's page goes down or comes back (a template for the
// notifications outbox).
import { block, composeEmail, defineEmailTemplate } from '../../notifications/index.ts';

interface MemberHealthNews {
  partnerName: string;
  pageUrl: string;
  ring: { slug: string; name: string };
  up: boolean;
  /** Why the page counts as down; null when it is up. */
  reason: string | null;
  /** Base URL of the admin app, for a link to the ring's members; no link without it. */
  adminUrl?: string | undefined;
}

/** News of one member's page changing state, to the ring's owner. */
export const ringMemberHealthEmail = defineEmailTemplate('ring.member-health', (d: MemberHealthNews) => {
  const state = d.up ? 'is back up' : 'is down';
  return composeEmail(`${d.partnerName} ${state} in the web ring "${d.ring.name}"`, [
    block.paragraph(`The page of ${d.partnerName} (${d.pageUrl}) in your web ring "${d.ring.name}" ${state}.`),
    block.paragraph(d.reason ? `Reason: ${d.reason}.` : 'Its page carries the ring bar again.'),
    block.paragraph(d.up ? 'Visitors reach it through ring navigation again.' : 'Visitors skip it in ring navigation until the page carries the ring bar again.'),
    ...(d.adminUrl ? [block.link('Ring members', `${d.adminUrl}/rings/${encodeURIComponent(d.ring.slug)}`)] : []),
  ]);
});
