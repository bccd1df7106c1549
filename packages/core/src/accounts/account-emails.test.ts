import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../notifications/testing/email-facts.ts';
import { emailVerificationEmail, passwordChangedEmail, passwordResetEmail, signInThrottledEmail } from './account-emails.ts';

const NAME = 'Ada <script>alert(1)</script>';

describe('account e-mails', () => {
  it('password reset carries the greeting and the one-time link in both parts, the name as text', () => {
    const email = passwordResetEmail.render({ name: NAME, link: 'https://shop.example/account/reset?token=abc-1' });
    expect(missingFacts(email, [`Hello ${NAME},`, 'https://shop.example/account/reset?token=abc-1', 'within an hour'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('password changed points at the reset page in both parts', () => {
    const email = passwordChangedEmail.render({ name: NAME, storefrontUrl: 'https://shop.example' });
    expect(missingFacts(email, [`Hello ${NAME},`, 'every device was signed out', 'https://shop.example/account/reset'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('sign-in throttled says the account is not locked and where to change the password', () => {
    const email = signInThrottledEmail.render({ name: NAME, storefrontUrl: 'https://shop.example' });
    expect(missingFacts(email, [`Hello ${NAME},`, 'Your account is not locked', 'https://shop.example/account/forgot'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('e-mail verification carries the link and how long it works in both parts, the name as text', () => {
    const email = emailVerificationEmail.render({ name: NAME, link: 'https://shop.example/account/verify/abc-1', days: 3 });
    expect(email.subject).toBe('Confirm your e-mail address');
    expect(missingFacts(email, [`Hello ${NAME},`, 'https://shop.example/account/verify/abc-1', 'within 3 days', 'You can shop without confirming'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });
});
