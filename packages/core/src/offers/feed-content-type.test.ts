import { describe, expect, it } from 'vitest';
import { acceptsFeedContentType } from './feed-content-type.ts';

describe('acceptsFeedContentType', () => {
  it('accepts the format’s own types, with parameters and in any case', () => {
    expect(acceptsFeedContentType('CSV', 'text/csv; charset=utf-8')).toBe(true);
    expect(acceptsFeedContentType('CSV', 'Application/CSV')).toBe(true);
    expect(acceptsFeedContentType('JSON', 'application/json')).toBe(true);
    expect(acceptsFeedContentType('JSON', 'application/feed+json')).toBe(true);
  });

  it('accepts plain text and generic downloads for either format', () => {
    expect(acceptsFeedContentType('CSV', 'text/plain')).toBe(true);
    expect(acceptsFeedContentType('JSON', 'application/octet-stream')).toBe(true);
  });

  it('refuses HTML pages, the other format, images and a missing type', () => {
    expect(acceptsFeedContentType('CSV', 'text/html; charset=utf-8')).toBe(false);
    expect(acceptsFeedContentType('CSV', 'application/json')).toBe(false);
    expect(acceptsFeedContentType('JSON', 'text/csv')).toBe(false);
    expect(acceptsFeedContentType('JSON', 'image/png')).toBe(false);
    expect(acceptsFeedContentType('JSON', '')).toBe(false);
  });
});
