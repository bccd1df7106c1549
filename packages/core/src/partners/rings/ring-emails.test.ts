import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../../notifications/testing/email-facts.ts';
import { ringMemberHealthEmail } from './ring-emails.ts';

const EVIL = '<script>alert(1)</script>';

describe('ring member health e-mail', () => {
  it('names member, page, ring, reason and the admin link in both parts, partner text as text', () => {
    const email = ringMemberHealthEmail.render({
      partnerName: `Charlie ${EVIL}`,
      pageUrl: 'https://charlie.example/',
      ring: { slug: 'bike-blogs', name: `Bike ${EVIL}` },
      up: false,
      reason: 'the ring bar is missing',
      adminUrl: 'https://admin.example',
    });
    expect(missingFacts(email, [`Charlie ${EVIL}`, 'https://charlie.example/', `Bike ${EVIL}`, 'Reason: the ring bar is missing.', 'https://admin.example/rings/bike-blogs'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });
});
