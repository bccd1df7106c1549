// Inputs of the accounts API (sign-up, sign-in, password reset, addresses), shared by the tRPC
// routers and the storefront's form actions.
import { z } from 'zod';
import { line, secret } from './text.ts';

/** An e-mail address, trimmed and lower-cased: accounts are found by this form. */
export const Email = line()
  .trim()
  .toLowerCase()
  .max(254, 'An e-mail address has at most 254 characters')
  .pipe(z.email('Enter a valid e-mail address, like name@example.com'))
  // The pipe's input side is what OpenAPI documents; say it is an e-mail address there too.
  .meta({ format: 'email' });

/** A password being chosen. Long passphrases are welcome; 200 characters bounds hashing work. */
export const NewPassword = secret()
  .min(10, 'Use at least 10 characters for your password')
  .max(200, 'Use at most 200 characters for your password');

/** A password being presented: no length rule beyond the bound, so older accounts still sign in. */
const CurrentPassword = secret().min(1, 'Enter your password').max(200, 'This password is too long');

const PersonName = line().trim().min(1, 'Enter your name').max(100, 'A name has at most 100 characters');

/** The id of a record, as returned by the API. */
export const EntityId = line().trim().min(1, 'An id cannot be empty').max(64, 'This id is too long');

export const SignUpInput = z.object({ email: Email, password: NewPassword, name: PersonName });
export type SignUpInput = z.output<typeof SignUpInput>;

export const SignInInput = z.object({ email: Email, password: CurrentPassword });
export type SignInInput = z.output<typeof SignInInput>;

/** The signed-in person's password, typed again before a high-impact action (step-up re-authentication). */
export const ReauthenticateInput = z.object({ password: CurrentPassword });
export type ReauthenticateInput = z.output<typeof ReauthenticateInput>;

export const PasswordResetRequestInput = z.object({ email: Email });
export type PasswordResetRequestInput = z.output<typeof PasswordResetRequestInput>;

export const PasswordResetInput = z.object({
  /** The token from the link in the reset e-mail. */
  token: line().trim().min(1, 'The reset link is missing its token').max(200, 'This reset link is not valid'),
  password: NewPassword,
});
export type PasswordResetInput = z.output<typeof PasswordResetInput>;

/** The token from the link in the e-mail that confirms an account's address (URL-safe base64). */
export const EmailVerificationInput = z.object({
  token: line().trim().min(20, 'This confirmation link is not valid').max(100, 'This confirmation link is not valid').regex(/^[A-Za-z0-9_-]+$/, 'This confirmation link is not valid'),
});
export type EmailVerificationInput = z.output<typeof EmailVerificationInput>;

/** ISO 3166-1 alpha-2, upper-cased. */
export const CountryCode = line()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'A country is a two-letter ISO code such as DE or FR');

const text = (max: number, empty?: string) => {
  const trimmed = line().trim().max(max, `At most ${max} characters`);
  return empty ? trimmed.min(1, empty) : trimmed;
};

const AddressFields = z.object({
  /** Who receives parcels at this address. */
  name: text(100, 'Enter the recipient’s name'),
  line1: text(200, 'Enter the street and house number'),
  line2: text(200).default(''),
  postalCode: text(16, 'Enter the postal code')
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9 -]*$/, 'A postal code is letters, digits, spaces and dashes'),
  city: text(100, 'Enter the city'),
  region: text(100).default(''),
  country: CountryCode,
  phone: text(30)
    .regex(/^[+0-9 ()./-]*$/, 'A phone number is digits, spaces and + ( ) . / -')
    .default(''),
});

export const AddressInput = AddressFields.extend({
  /** Make this the customer's default address (their first address always is). */
  isDefault: z.boolean().default(false),
});
export type AddressInput = z.output<typeof AddressInput>;

/** Replaces an address's fields; `isDefault` left out keeps whether it is the default. */
export const AddressUpdateInput = AddressFields.extend({ id: EntityId, isDefault: z.boolean().optional() });
export type AddressUpdateInput = z.output<typeof AddressUpdateInput>;

export const AddressIdInput = z.object({ id: EntityId });
export type AddressIdInput = z.output<typeof AddressIdInput>;
