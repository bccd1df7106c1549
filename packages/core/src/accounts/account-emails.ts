// The e-mails the accounts context sends, as templates for the notifications outbox.
import { defineEmailTemplate } from '../notifications/index.ts';

/** The one-time link to choose a new password; `link` carries the token. */
export const passwordResetEmail = defineEmailTemplate('password_reset', (d: { name: string; link: string }) => ({
  subject: 'Reset your password',
  text: [
    `Hello ${d.name},`,
    'someone (hopefully you) asked to reset the password of your account. Open this link within an hour to choose a new one:',
    d.link,
    'If it was not you, ignore this e-mail: your password stays as it is.',
  ].join('\n\n'),
}));

/** The notice after a reset, so an owner who did not ask for it can act at once. */
export const passwordChangedEmail = defineEmailTemplate('password_changed', (d: { name: string; /** Without a trailing slash. */ storefrontUrl: string }) => ({
  subject: 'Your password was changed',
  text: [
    `Hello ${d.name},`,
    'the password of your account was just changed, and every device was signed out.',
    `If it was not you, reset your password at once: ${d.storefrontUrl}/account/reset`,
  ].join('\n\n'),
}));
