import { describe, expect, it } from 'vitest';
import { readImportForm } from './import-form';

const known = [{ slug: 'rival', name: 'Rival', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival.example' }];

function formOf(fields: Record<string, string>, file?: File) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('file', file);
  return form;
}

describe('the feed upload form', () => {
  it('imports for a known source, the format read from the file name', async () => {
    const read = await readImportForm(formOf({ source: 'rival', full: 'on' }, new File(['[{"id":"1"}]'], 'feed.JSON')), known);
    expect(read).toMatchObject({ ok: true, data: { source: known[0], format: 'JSON', full: true, text: '[{"id":"1"}]' } });
  });

  it('names the new source’s fields and the missing file in its errors', async () => {
    const read = await readImportForm(formOf({ source: 'new', name: '', slug: 'Bad Slug', kind: 'PARTNER', homepageUrl: 'ftp://x' }), known);
    expect(read.ok).toBe(false);
    expect(Object.keys(read.ok ? {} : read.errors).sort()).toEqual(['file', 'homepageUrl', 'name', 'slug']);
  });

  it('refuses a source that is not in the list', async () => {
    const read = await readImportForm(formOf({ source: 'gone' }, new File(['id\n1'], 'f.csv')), known);
    expect(read).toMatchObject({ ok: false, errors: { source: [expect.stringMatching(/Choose a source/)] } });
  });
});
