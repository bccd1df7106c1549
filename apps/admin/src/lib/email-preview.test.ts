import { describe, expect, it } from 'vitest';
import { PREVIEW_CSP, previewDocument } from './email-preview.ts';

const meta = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`;

describe('previewDocument', () => {
  it('puts the policy first in an existing head, before anything the e-mail loads', () => {
    const doc = previewDocument('<!doctype html><html><head><link rel="stylesheet" href="https://evil.example/x.css"></head><body>Hi</body></html>');
    expect(doc.indexOf(meta)).toBeGreaterThan(-1);
    expect(doc.indexOf(meta)).toBeLessThan(doc.indexOf('<link'));
  });

  it('adds a head after the doctype when the e-mail has none, keeping standards mode', () => {
    expect(previewDocument('<!doctype html><p>Hi</p>')).toBe(`<!doctype html><head>${meta}</head><p>Hi</p>`);
    expect(previewDocument('<p>Hi</p>')).toBe(`<head>${meta}</head><p>Hi</p>`);
  });

  it('allows no scripts, frames or remote loads', () => {
    expect(PREVIEW_CSP).toContain("default-src 'none'");
    expect(PREVIEW_CSP).not.toMatch(/script-src|https?:/);
  });
});
