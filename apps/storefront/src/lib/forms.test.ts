import { describe, expect, it } from 'vitest';
import { addressValuesFromForm, addressValuesOf, sameAddress, savedAddressFromForm, shippingAddressFrom } from './address-form.ts';
import { addLineFromForm, quantityChangeFromForm } from './cart-form.ts';
import { textFields, wholeNumber } from '@tandem/web-kit/forms';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe('textFields', () => {
  it('reads named fields as strings, empty when missing or a file', () => {
    const data = form({ email: 'a@b.test' });
    data.append('upload', new Blob(['x']), 'x.txt');
    expect(textFields(data, ['email', 'upload', 'name'])).toEqual({ email: 'a@b.test', upload: '', name: '' });
  });
});

describe('wholeNumber', () => {
  it('reads digits, leaves empty input undefined and flags anything else', () => {
    expect(wholeNumber(' 3 ')).toBe(3);
    expect(wholeNumber('')).toBeUndefined();
    expect(wholeNumber('1.5')).toBeNaN();
    expect(wholeNumber('-1')).toBeNaN();
  });
});

describe('addLineFromForm', () => {
  it('adds one when the quantity is left empty', () => {
    expect(addLineFromForm(form({ variantId: 'v1', quantity: '' }))).toEqual({ ok: true, data: { variantId: 'v1', quantity: 1 } });
  });

  it('explains a quantity that is not a whole number', () => {
    expect(addLineFromForm(form({ variantId: 'v1', quantity: 'two' }))).toEqual({ ok: false, errors: { quantity: ['Enter a whole number'] } });
  });

  it('uses the API schema messages for out-of-range quantities', () => {
    const result = addLineFromForm(form({ variantId: 'v1', quantity: '0' }));
    expect(result).toEqual({ ok: false, errors: { quantity: ['Add at least one'] } });
  });
});

describe('quantityChangeFromForm', () => {
  it('applies the stepper buttons to the typed quantity', () => {
    expect(quantityChangeFromForm(form({ lineId: 'l1', quantity: '2', step: '1' }))).toEqual({ ok: true, data: { lineId: 'l1', quantity: 3 } });
    expect(quantityChangeFromForm(form({ lineId: 'l1', quantity: '2', step: '-1' }))).toEqual({ ok: true, data: { lineId: 'l1', quantity: 1 } });
  });

  it('takes the typed quantity when "Update" is pressed, and never goes below zero', () => {
    expect(quantityChangeFromForm(form({ lineId: 'l1', quantity: '5' }))).toMatchObject({ data: { quantity: 5 } });
    expect(quantityChangeFromForm(form({ lineId: 'l1', quantity: '0', step: '-1' }))).toMatchObject({ data: { quantity: 0 } });
  });

  it('refuses more than the API allows', () => {
    expect(quantityChangeFromForm(form({ lineId: 'l1', quantity: '99', step: '1' }))).toEqual({ ok: false, errors: { quantity: ['At most 99 of one item'] } });
  });
});

describe('address forms', () => {
  const address = { name: ' Ada Lovelace ', line1: 'Keizersgracht 1', line2: '', postalCode: '1015 cs', city: 'Amsterdam', region: '', country: 'nl', phone: '' };

  it('turns a checkout address into the API input, normalised by the shared schema', () => {
    const result = shippingAddressFrom(addressValuesFromForm(form(address)));
    expect(result).toEqual({ ok: true, data: { ...address, name: 'Ada Lovelace', postalCode: '1015 CS', country: 'NL' } });
  });

  it('gives one message per missing field', () => {
    const result = shippingAddressFrom(addressValuesFromForm(form({ ...address, line1: ' ', city: '' })));
    expect(result).toEqual({ ok: false, errors: { line1: ['Enter the street and house number'], city: ['Enter the city'] } });
  });

  it('reads the default checkbox of the address book form', () => {
    const { result } = savedAddressFromForm(form({ ...address, isDefault: 'on' }));
    expect(result).toMatchObject({ ok: true, data: { isDefault: true } });
  });

  it('recognises an address that is already saved', () => {
    const saved = { id: 'a1', isDefault: true, ...address, line2: '' };
    expect(sameAddress(saved, { ...address })).toBe(true);
    expect(sameAddress(saved, { ...address, line1: 'Keizersgracht 2' })).toBe(false);
  });

  it('fills the form from a saved address', () => {
    expect(addressValuesOf({ name: 'Ada', city: 'Delft', country: 'NL' })).toMatchObject({ name: 'Ada', city: 'Delft', line1: '', country: 'NL' });
  });
});
