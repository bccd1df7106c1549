// The address form, shared by checkout and the account's address book.
import { AddressInput, ShippingAddressInput } from '@tandem/validators';
import type { z } from 'zod';
import { DEFAULT_COUNTRY } from './countries.ts';
import { textFields, validate, type Validation } from '@tandem/web-kit/forms';

export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'postalCode', 'city', 'region', 'country', 'phone'] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number];
/** The address as typed, kept to fill the form again after an error. */
export type AddressValues = Record<AddressField, string>;
export type ShippingAddress = z.output<typeof ShippingAddressInput>;

/** A blank address in the default country, with the customer's name as the recipient. */
export function blankAddress(name = '', country = DEFAULT_COUNTRY): AddressValues {
  return { name, line1: '', line2: '', postalCode: '', city: '', region: '', country, phone: '' };
}

/** The form's values from a saved address (or any object with the same fields). */
export function addressValuesOf(address: Partial<Record<AddressField, string>>): AddressValues {
  const values = blankAddress();
  for (const field of ADDRESS_FIELDS) values[field] = address[field] ?? values[field];
  return values;
}

export function addressValuesFromForm(form: FormData): AddressValues {
  return textFields(form, ADDRESS_FIELDS);
}

/** A delivery address for `checkout.placeOrder`. */
export function shippingAddressFrom(values: AddressValues): Validation<ShippingAddress> {
  return validate(ShippingAddressInput, values);
}

/** An address for the address book; the checkbox `isDefault` makes it the default. */
export function savedAddressFromForm(form: FormData): { values: AddressValues; result: Validation<AddressInput> } {
  const values = addressValuesFromForm(form);
  return { values, result: validate(AddressInput, { ...values, isDefault: form.get('isDefault') === 'on' }) };
}

/** Whether two addresses have the same fields (the recipient's name included). */
export function sameAddress(a: Partial<Record<AddressField, string>>, b: Partial<Record<AddressField, string>>): boolean {
  return ADDRESS_FIELDS.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}
