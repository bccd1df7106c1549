// The "feed by URL" form ↔ the API's SetOfferFeedScheduleInput: an existing source (by slug) or a
// new one typed in, the feed's address and format, how often it is fetched and whether it is full.
import { OfferSourceInput, SetOfferFeedScheduleInput } from '@tandem/validators';
import type { z } from 'zod';
import { validate, type FieldErrors, type Validation } from '@tandem/web-kit/forms';
import type { KnownSource } from '../import-form';

export type ScheduleFormValues = Record<'source' | 'name' | 'slug' | 'kind' | 'homepageUrl' | 'url' | 'format' | 'everyHours' | 'full', string>;

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export function scheduleFormValues(form: FormData): ScheduleFormValues {
  const names = ['source', 'name', 'slug', 'kind', 'homepageUrl', 'url', 'format', 'everyHours'] as const;
  return { ...(Object.fromEntries(names.map((n) => [n, field(form, n)])) as Omit<ScheduleFormValues, 'full'>), full: form.get('full') === 'on' ? 'on' : '' };
}

/** Reads the form; errors name the form's fields (a new source's name, slug…; url, everyHours). */
export function readScheduleForm(form: FormData, sources: readonly KnownSource[]): { values: ScheduleFormValues } & Validation<z.output<typeof SetOfferFeedScheduleInput>> {
  const values = scheduleFormValues(form);
  const errors: FieldErrors = {};
  const known = sources.find((s) => s.slug === values.source);
  if (values.source !== 'new' && !known) errors.source = ['Choose a source, or “A new source”'];
  const typed = known ? null : validate(OfferSourceInput, { slug: values.slug, name: values.name, kind: values.kind, homepageUrl: values.homepageUrl });
  if (typed && !typed.ok) Object.assign(errors, typed.errors);
  const source = known ?? (typed?.ok ? typed.data : null);
  const parsed = validate(SetOfferFeedScheduleInput, { source, url: values.url, format: values.format, everyHours: Number(values.everyHours), full: values.full === 'on' });
  if (!parsed.ok) {
    const { source: _source, ...rest } = parsed.errors;
    Object.assign(errors, rest);
  }
  if (Object.keys(errors).length || !parsed.ok) return { values, ok: false, errors };
  return { values, ...parsed };
}
