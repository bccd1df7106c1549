// The key a form carries so a replayed submission has no second effect (and, for a shopper's
// question, the secret of the guest's conversation link): made on the server when the form is
// rendered, posted back in a hidden field.
import { randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters). */
export function newFormKey(): string {
  return randomBytes(32).toString('base64url');
}
