// Reading form posts: text fields out of FormData, then the API's own zod schemas, so a form
// shows the same messages the API would give, one list per field.
import type { z } from 'zod';

/** Messages per form field, as `fail(400, { errors })` hands them to the page. */
export type FieldErrors = Record<string, string[]>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** The named fields as strings ('' when missing; files are ignored). */
export function textFields<const K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === 'string' ? value : '';
  }
  return values;
}

/** Parses `input` with a schema; failures become messages per top-level field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}

/**
 * A whole number typed into a form, or undefined when left empty; NaN for anything else, which
 * callers turn into a message.
 */
export function wholeNumber(value: string): number | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}
