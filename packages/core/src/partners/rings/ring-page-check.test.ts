import { describe, expect, it } from 'vitest';
import { assessRingPage, pageCarriesRingBar } from './ring-page-check.ts';

describe('pageCarriesRingBar', () => {
  it('finds the element, the one-tag script and the plain fallback links', () => {
    expect(pageCarriesRingBar('<p>x</p><tandem-ringbar site="a" ring="bike-blogs"></tandem-ringbar>', 'bike-blogs')).toBe(true);
    expect(pageCarriesRingBar("<TANDEM-RINGBAR ring='bike-blogs' site=a>", 'bike-blogs')).toBe(true);
    expect(pageCarriesRingBar('<script async src="http://api/widget.js" data-ring="bike-blogs" data-site="a"></script>', 'bike-blogs')).toBe(true);
    expect(pageCarriesRingBar('<a href="http://api/rings/bike-blogs/prev?from=a">p</a> <a href="http://api/rings/bike-blogs/next?from=a">n</a>', 'bike-blogs')).toBe(true);
  });

  it('does not take another ring, a longer slug or half the fallback for this ring', () => {
    expect(pageCarriesRingBar('<tandem-ringbar ring="bike-blogs-2">', 'bike-blogs')).toBe(false);
    expect(pageCarriesRingBar('<tandem-ringbar ring="other">', 'bike-blogs')).toBe(false);
    expect(pageCarriesRingBar('<a href="/rings/bike-blogs/next">n</a>', 'bike-blogs')).toBe(false);
    expect(pageCarriesRingBar('tandem-ringbar ring="bike-blogs" as text', 'bike-blogs')).toBe(false);
  });
});

describe('assessRingPage', () => {
  it('is up for a 2xx page with the bar, down otherwise with a reason', () => {
    expect(assessRingPage({ ok: true, status: 200, body: '<tandem-ringbar ring="r">' }, 'r')).toEqual({ up: true });
    expect(assessRingPage({ ok: true, status: 500, body: '<tandem-ringbar ring="r">' }, 'r')).toEqual({ up: false, reason: 'HTTP 500' });
    expect(assessRingPage({ ok: true, status: 200, body: '<p>gone</p>' }, 'r')).toEqual({ up: false, reason: 'the ring bar is missing from the page' });
    expect(assessRingPage({ ok: false, error: 'timed out after 5000 ms' }, 'r')).toEqual({ up: false, reason: 'timed out after 5000 ms' });
  });
});
