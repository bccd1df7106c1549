import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../notifications/testing/email-facts.ts';
import { supportEmails } from './support-emails.ts';

const EVIL = '<script>alert(1)</script>';
const ticket = { email: 'ada@example.test', name: `Ada ${EVIL}`, subject: `Wheels ${EVIL}`, number: 42 };

describe('support e-mails', () => {
  it.each(['support_received', 'support_auto_answer', 'support_reply'] as const)('%s carries greeting, body and conversation link in both parts, shopper text as text', (kind) => {
    const email = supportEmails[kind].render({ ticket, body: `Truing costs €15.\nAsk ${EVIL}`, url: 'https://shop.example/support/tok-1' });
    expect(missingFacts(email, [`Hello Ada ${EVIL},`, 'Truing costs €15.', `Ask ${EVIL}`, 'https://shop.example/support/tok-1'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('a reply quotes the subject the shopper gave', () => {
    expect(supportEmails.support_reply.render({ ticket, body: 'x', url: 'https://shop.example/s' }).subject).toContain(`Re: Wheels ${EVIL}`);
  });
});
