import { describe, expect, it } from 'vitest';
import { readScheduleForm } from './schedule-form';

const known = [{ slug: 'rival', name: 'Rival', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival.example' }];

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

describe('the feed by URL form', () => {
  it('schedules a known source’s feed', () => {
    const read = readScheduleForm(formOf({ source: 'rival', url: ' https://rival.example/feed.csv ', format: 'CSV', everyHours: '12', full: 'on' }), known);
    expect(read).toMatchObject({ ok: true, data: { source: known[0], url: 'https://rival.example/feed.csv', format: 'CSV', everyHours: 12, full: true } });
  });

  it('names the new source’s fields, the address and the interval in its errors', () => {
    const read = readScheduleForm(formOf({ source: 'new', name: '', slug: 'Bad Slug', kind: 'PARTNER', homepageUrl: 'ftp://x', url: 'file:///etc/passwd', format: 'CSV', everyHours: '5' }), known);
    expect(read.ok).toBe(false);
    expect(Object.keys(read.ok ? {} : read.errors).sort()).toEqual(['everyHours', 'homepageUrl', 'name', 'slug', 'url']);
  });

  it('refuses a source that is not in the list', () => {
    const read = readScheduleForm(formOf({ source: 'gone', url: 'https://x.example/f.json', format: 'JSON', everyHours: '24' }), known);
    expect(read).toMatchObject({ ok: false, errors: { source: [expect.stringMatching(/Choose a source/)] } });
  });
});
