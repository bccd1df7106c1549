import { describe, expect, it } from 'vitest';
import { MEDIA_CSP, mediaHeaders } from './serving.ts';

describe('mediaHeaders', () => {
  it('serves a raster image inline, typed by its stored extension, never sniffed, sandboxed', () => {
    expect(mediaHeaders('uploads/ab12.webp')).toEqual({
      'Content-Type': 'image/webp',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'Content-Disposition': 'inline; filename="ab12.webp"',
    });
  });

  it('makes an SVG a download when navigated to', () => {
    expect(mediaHeaders('products/bike-1.SVG')).toMatchObject({ 'Content-Type': 'image/svg+xml', 'Content-Disposition': 'attachment; filename="bike-1.SVG"', 'Content-Security-Policy': MEDIA_CSP });
  });

  it('serves nothing the store does not write', () => {
    for (const file of ['a.html', 'a.svgz', 'a.xml', 'a', 'a.png.html']) expect(mediaHeaders(file)).toBeNull();
  });
});
