// The ring form's fields, read and validated with the API's own schema.
import { RingCreateInput } from '@tandem/validators';
import { textFields, validate } from '@tandem/web-kit/forms';

export const RING_FIELDS = ['slug', 'name', 'description', 'ownerCode'] as const;

export function readRingForm(form: FormData) {
  const values = textFields(form, RING_FIELDS);
  return { values, parsed: validate(RingCreateInput, values) };
}
