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

/**
 * Sent once per episode when sign-ins to an account start being slowed down, so an owner who
 * sees failures they did not make can change the password before a guess succeeds.
 */
export const signInThrottledEmail = defineEmailTemplate('sign_in_throttled', (d: { name: string; /** Without a trailing slash. */ storefrontUrl: string }) => ({
  subject: 'Failed sign-ins to your account',
  text: [
    `Hello ${d.name},`,
    'several attempts to sign in to your account failed with a wrong password, so for a while further attempts have to wait a few seconds between tries. Your account is not locked: you can still sign in with your password.',
    `If these attempts were not yours, choose a new, unique password: ${d.storefrontUrl}/account/forgot`,
  ].join('\n\n'),
}));
