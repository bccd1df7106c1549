// Where the PNG copy of an SVG media file lives. Free of Node imports, so browser bundles (the
// storefront's <head>) can use it as well as the API and core.

/** Where the raster copies of SVG media live, inside the media folder. */
export const RASTER_DIR = 'raster';

/**
 * The PNG copy of an SVG media URL, for places that reject SVG (Open Graph previews, Google
 * Merchant's image_link); any other URL comes back unchanged. The API makes the copy on first
 * request (see apps/api/src/media.ts) and keeps it under `/media/raster/`.
 *
 * @example rasterMediaUrl('https://shop.example/media/products/bell-1.svg') // 'https://shop.example/media/raster/products/bell-1.png'
 */
export function rasterMediaUrl(url: string): string {
  return url.replace(/\/media\/(?!raster\/)([^?#]+)\.svg(?=$|[?#])/i, `/media/${RASTER_DIR}/$1.png`);
}

/** The stored SVG a raster copy is made from (`raster/products/a.png` → `products/a.svg`), or null. */
export function rasterSource(file: string): string | null {
  const match = /^raster\/(.+)\.png$/.exec(file);
  return match ? `${match[1]}.svg` : null;
}
