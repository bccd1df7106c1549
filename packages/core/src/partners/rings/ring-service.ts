// Web rings for everyone and for partners, bound to one database and the API's public address:
// the public ring list and index pages; a partner's memberships, joining and leaving, the ring
// bar snippet; and, for rings a partner owns, deciding requests and ordering members. The
// staff's ring administration is separate.
import type { PrismaClient } from '@tandem/db';
import { ringSnippets } from '../widget/snippets.ts';
import { decideJoinRequest, leaveRing, reorderRingMembers, requestToJoinRing, type RingPartner } from './join-requests.ts';
import type { RingActor } from './ring-actor.ts';
import { listRings, partnerRings, ringIndex } from './ring-views.ts';

export interface PartnerRingServiceOptions {
  /** The API's public base URL: the ring bar's script and ring pages live there. */
  apiPublicUrl: string;
}

/**
 * @example
 * const rings = createPartnerRingService(prisma, { apiPublicUrl: 'https://api.shop.example' });
 * await rings.join(partner, { slug: 'cargo-bikes', pageUrl: 'https://chainstay.example/links', message: '' });
 */
export function createPartnerRingService(prisma: PrismaClient, options: PartnerRingServiceOptions) {
  const { apiPublicUrl } = options;
  return {
    list: () => listRings(prisma),
    index: (slug: string) => ringIndex(prisma, slug),
    mine: (partnerId: string) => partnerRings(prisma, partnerId),
    join: (partner: RingPartner, input: { slug: string; pageUrl: string; message: string }) => requestToJoinRing(prisma, partner, input),
    leave: (partnerId: string, slug: string) => leaveRing(prisma, partnerId, slug),
    /** The ring bar snippet for one of the partner's sites (`siteCode`: the partner's code). */
    snippet: async (siteCode: string, slug: string) => {
      const ring = await ringIndex(prisma, slug);
      return ringSnippets({ apiUrl: apiPublicUrl, ringSlug: ring.slug, ringName: ring.name, siteCode });
    },
    /** Ring owners (or staff): approve or reject a request to their ring. */
    decide: (actor: RingActor, input: { requestId: string; decision: 'APPROVED' | 'REJECTED'; note?: string }) => decideJoinRequest(prisma, actor, input),
    /** Ring owners (or staff): put their ring's members in a new order. */
    reorder: (actor: RingActor, input: { slug: string; memberIds: string[] }) => reorderRingMembers(prisma, actor, input),
  };
}

export type PartnerRingService = ReturnType<typeof createPartnerRingService>;
