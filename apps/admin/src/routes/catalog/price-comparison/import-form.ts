// The feed upload form ↔ the API's ImportOfferFeedInput: an existing source (by slug) or a new
// one typed in, the file's text, its format (from the choice, else the file name) and whether the
// feed is full (it removes offers it no longer lists).
import { ImportOfferFeedInput, OfferSourceInput } from '@tandem/validators';
import type { z } from 'zod';
import { validate, type FieldErrors, type Validation } from '@tandem/web-kit/forms';

/** The most a feed file may weigh, as the API allows. */
export const MAX_FEED_BYTES = 20_000_000;

export interface KnownSource {
  slug: string;
  name: string;
  kind: 'PARTNER' | 'COMPETITOR';
  homepageUrl: string;
}

/** What the form shows again after an error (never the file). */
export type ImportFormValues = Record<'source' | 'name' | 'slug' | 'kind' | 'homepageUrl' | 'format' | 'full', string>;

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export function importFormValues(form: FormData): ImportFormValues {
  return {
    source: field(form, 'source'), name: field(form, 'name'), slug: field(form, 'slug'), kind: field(form, 'kind'),
    homepageUrl: field(form, 'homepageUrl'), format: field(form, 'format'), full: form.get('full') === 'on' ? 'on' : '',
  };
}

type FeedImport = z.output<typeof ImportOfferFeedInput>;

/** Reads the form; errors name the form's fields (a new source's name, slug…; the file). */
export async function readImportForm(form: FormData, sources: readonly KnownSource[]): Promise<{ values: ImportFormValues } & Validation<FeedImport>> {
  const values = importFormValues(form);
  const file = form.get('file');
  const errors: FieldErrors = {};
  if (!(file instanceof File) || file.size === 0) errors.file = ['Choose the feed file (CSV or JSON)'];
  else if (file.size > MAX_FEED_BYTES) errors.file = ['Feeds are at most 20 MB; split larger ones'];
  const known = sources.find((s) => s.slug === values.source);
  if (values.source !== 'new' && !known) errors.source = ['Choose a source, or “A new source”'];
  const typed = known ? null : validate(OfferSourceInput, { slug: values.slug, name: values.name, kind: values.kind, homepageUrl: values.homepageUrl });
  if (typed && !typed.ok) Object.assign(errors, typed.errors);
  const source = known ?? (typed?.ok ? typed.data : null);
  if (Object.keys(errors).length || !(file instanceof File) || !source) return { values, ok: false, errors };
  const format = values.format === 'CSV' || values.format === 'JSON' ? values.format : /\.json$/i.test(file.name) ? 'JSON' : 'CSV';
  const parsed = validate(ImportOfferFeedInput, { source, format, text: await file.text(), full: values.full === 'on' });
  if (parsed.ok) return { values, ...parsed };
  const { text, ...rest } = parsed.errors;
  return { values, ok: false, errors: { ...rest, ...(text ? { file: text } : {}) } };
}
