// The cart's forms: "Add to cart" on a product page and the quantity stepper of a cart line.
import { CartAddLineInput, CartSetQuantityInput } from '@tandem/validators';
import { textFields, validate, wholeNumber, type Validation } from '@tandem/web-kit/forms';

const NOT_A_NUMBER = 'Enter a whole number';

/** `variantId` and `quantity` (1 when left empty) of an "Add to cart" form. */
export function addLineFromForm(form: FormData): Validation<{ variantId: string; quantity: number }> {
  const fields = textFields(form, ['variantId', 'quantity']);
  const quantity = wholeNumber(fields.quantity);
  if (Number.isNaN(quantity)) return { ok: false, errors: { quantity: [NOT_A_NUMBER] } };
  return validate(CartAddLineInput, { variantId: fields.variantId, quantity });
}

/**
 * The new quantity of a cart line. The stepper's − and + buttons submit `step=-1` / `step=1`
 * next to the quantity field, so they work without JavaScript; 0 removes the line.
 */
export function quantityChangeFromForm(form: FormData): Validation<{ lineId: string; quantity: number }> {
  const fields = textFields(form, ['lineId', 'quantity', 'step']);
  const typed = wholeNumber(fields.quantity);
  if (typed === undefined || Number.isNaN(typed)) return { ok: false, errors: { quantity: [NOT_A_NUMBER] } };
  const step = fields.step === '1' ? 1 : fields.step === '-1' ? -1 : 0;
  return validate(CartSetQuantityInput, { lineId: fields.lineId, quantity: Math.max(0, typed + step) });
}
