import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../../notifications/testing/email-facts.ts';
import { partnerEmails } from './partner-emails.ts';

const EVIL = '<script>alert(1)</script>';
const partner = { contactEmail: 'editor@example.test', name: `Chain ${EVIL} Stay` };

describe('partner e-mails', () => {
  it.each(Object.keys(partnerEmails) as (keyof typeof partnerEmails)[])('%s names the partner and links the portal in both parts, names as text', (kind) => {
    const email = partnerEmails[kind].render({ partner, reason: `Counterfeits ${EVIL}`, storefrontUrl: 'https://shop.example' });
    expect(missingFacts(email, [`Chain ${EVIL} Stay`, 'https://shop.example/partners'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('a rejection gives the reason in both parts', () => {
    const email = partnerEmails.partner_rejected.render({ partner, reason: `Counterfeits ${EVIL}`, storefrontUrl: 'https://shop.example' });
    expect(missingFacts(email, [`Our reason: Counterfeits ${EVIL}`])).toEqual([]);
  });
});
