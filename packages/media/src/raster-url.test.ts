import { describe, expect, it } from 'vitest';
import { rasterMediaUrl, rasterSource } from './raster-url.ts';

describe('rasterMediaUrl', () => {
  it('points an SVG media URL at its PNG copy and leaves everything else alone', () => {
    expect(rasterMediaUrl('https://shop.example/media/products/bell-1.svg')).toBe('https://shop.example/media/raster/products/bell-1.png');
    expect(rasterMediaUrl('/media/uploads/a.SVG?v=2')).toBe('/media/raster/uploads/a.png?v=2');
    for (const url of ['https://shop.example/media/products/bell.png', 'https://shop.example/favicon.svg', '/media/raster/products/a.svg']) expect(rasterMediaUrl(url)).toBe(url);
  });

  it('maps a raster copy back to the SVG it is drawn from, and nothing else', () => {
    expect(rasterSource('raster/products/bell-1.png')).toBe('products/bell-1.svg');
    expect(rasterSource('products/bell-1.png')).toBeNull();
    expect(rasterSource('raster/products/bell-1.webp')).toBeNull();
  });
});
