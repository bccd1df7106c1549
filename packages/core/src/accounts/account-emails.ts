// The e-mails the accounts context sends, as templates for the notifications outbox.
import { block, composeEmail, defineEmailTemplate } from '../notifications/index.ts';

/** The one-time link to choose a new password; `link` carries the token. */
export const passwordResetEmail = defineEmailTemplate('password_reset', (d: { name: string; link: string }) =>
  composeEmail('Reset your password', [
    block.paragraph(`Hello ${d.name},`),
    block.paragraph('someone (hopefully you) asked to reset the password of your account. Open this link within an hour to choose a new one:'),
    block.link('Choose a new password', d.link),
    block.paragraph('If it was not you, ignore this e-mail: your password stays as it is.'),
  ]),
);

/** The link that proves the owner receives mail at the account's address; `link` carries the token. */
export const emailVerificationEmail = defineEmailTemplate('email_verification', (d: { name: string; link: string; /** Whole days the link works. */ days: number }) =>
  composeEmail('Confirm your e-mail address', [
    block.paragraph(`Hello ${d.name},`),
    block.paragraph(
      `please confirm that this is your e-mail address by opening the link below within ${d.days} ${d.days === 1 ? 'day' : 'days'}. You can shop without confirming; newsletters need a confirmed address.`,
    ),
    block.link('Confirm my e-mail address', d.link),
    block.paragraph('If you did not create an account with us, ignore this e-mail: nothing will be sent to this address unless it is confirmed.'),
  ]),
);

/** The notice after a reset, so an owner who did not ask for it can act at once. */
export const passwordChangedEmail = defineEmailTemplate('password_changed', (d: { name: string; /** Without a trailing slash. */ storefrontUrl: string }) =>
  composeEmail('Your password was changed', [
    block.paragraph(`Hello ${d.name},`),
    block.paragraph('the password of your account was just changed, and every device was signed out.'),
    block.link('If it was not you, reset your password at once', `${d.storefrontUrl}/account/reset`),
  ]),
);

/**
 * Sent once per episode when sign-ins to an account start being slowed down, so an owner who
 * sees failures they did not make can change the password before a guess succeeds.
 */
export const signInThrottledEmail = defineEmailTemplate('sign_in_throttled', (d: { name: string; /** Without a trailing slash. */ storefrontUrl: string }) =>
  composeEmail('Failed sign-ins to your account', [
    block.paragraph(`Hello ${d.name},`),
    block.paragraph(
      'several attempts to sign in to your account failed with a wrong password, so for a while further attempts have to wait a few seconds between tries. Your account is not locked: you can still sign in with your password.',
    ),
    block.link('If these attempts were not yours, choose a new, unique password', `${d.storefrontUrl}/account/forgot`),
  ]),
);
