import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../../notifications/testing/email-facts.ts';
import { ringMemberHealthEmail, ringMembersUrl } from './ring-emails.ts';

const EVIL = '<script>alert(1)</script>';

describe('ring member health e-mail', () => {
  it('names member, page, ring, reason and the members link in both parts, partner text as text', () => {
    const email = ringMemberHealthEmail.render({
      partnerName: `Charlie ${EVIL}`,
      pageUrl: 'https://charlie.example/',
      ring: { slug: 'bike-blogs', name: `Bike ${EVIL}` },
      up: false,
      reason: 'the ring bar is missing',
      membersUrl: 'https://admin.example/partners/rings/bike-blogs',
    });
    expect(missingFacts(email, [`Charlie ${EVIL}`, 'https://charlie.example/', `Bike ${EVIL}`, 'Reason: the ring bar is missing.', 'https://admin.example/partners/rings/bike-blogs'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it("links the store's own ring to its admin page, a partner's ring to the partner portal", () => {
    const apps = { adminUrl: 'https://admin.example/', storefrontUrl: 'https://shop.example' };
    expect(ringMembersUrl({ slug: 'bike blogs', ownedByPartner: false }, apps)).toBe('https://admin.example/partners/rings/bike%20blogs');
    expect(ringMembersUrl({ slug: 'bike-blogs', ownedByPartner: true }, apps)).toBe('https://shop.example/partners/rings');
    expect(ringMembersUrl({ slug: 'bike-blogs', ownedByPartner: true }, { adminUrl: 'https://admin.example' })).toBeUndefined();
  });
});
