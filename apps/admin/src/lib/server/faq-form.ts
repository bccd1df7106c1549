// Reading the FAQ entry form: keywords typed as a comma-separated list, position as a number.
import { FaqEntryInput } from '@tandem/validators';
import { textFields, validate } from '@tandem/web-kit/forms';

export const FAQ_FIELDS = ['question', 'answer', 'keywords', 'position'] as const;

export function readFaqForm(form: FormData) {
  const values = textFields(form, FAQ_FIELDS);
  const parsed = validate(FaqEntryInput, {
    question: values.question,
    answer: values.answer,
    keywords: values.keywords.split(',').map((k) => k.trim()).filter(Boolean),
    position: values.position.trim() === '' ? 0 : Number(values.position),
    published: form.get('published') === 'on',
  });
  return { values, parsed };
}
