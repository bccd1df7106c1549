// How a stored file is served, so that no response from /media can become active content,
// whoever sits in front (the shop and admin proxies, a CDN): the Content-Type comes from the
// extension the store chose when it inspected the bytes (see inspect-image.ts), browsers may not
// sniff another one, a navigation to the file gets a sandboxed, script-less document, and
// anything but a raster image downloads instead of opening. None of this affects <img>, which
// ignores Content-Disposition and the document CSP. Kept free of the sanitiser's imports so the
// SvelteKit servers and the API can use it cheaply.
import path from 'node:path';

/** Content-Type for each extension the store writes; anything else is not served. */
const TYPES: Readonly<Record<string, { type: string; raster: boolean }>> = {
  '.png': { type: 'image/png', raster: true },
  '.jpg': { type: 'image/jpeg', raster: true },
  '.jpeg': { type: 'image/jpeg', raster: true },
  '.webp': { type: 'image/webp', raster: true },
  '.gif': { type: 'image/gif', raster: true },
  '.avif': { type: 'image/avif', raster: true },
  '.svg': { type: 'image/svg+xml', raster: false },
};

/** The CSP of every media response: nothing loads, nothing runs, and the document is sandboxed. */
export const MEDIA_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/**
 * The headers a stored file is served with, or null when its extension is not one the store
 * writes (it is then not served at all).
 *
 * @example mediaHeaders('uploads/3f2a.svg') // { 'Content-Type': 'image/svg+xml', 'Content-Disposition': 'attachment; filename="3f2a.svg"', … }
 */
export function mediaHeaders(file: string): Record<string, string> | null {
  const extension = path.extname(file).toLowerCase();
  const known = TYPES[extension];
  if (!known) return null;
  // Stored names are hashes or slugs; anything else in a name is replaced rather than quoted.
  const name = path.basename(file).replace(/[^\w.-]/g, '_');
  return {
    'Content-Type': known.type,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': MEDIA_CSP,
    'Content-Disposition': `${known.raster ? 'inline' : 'attachment'}; filename="${name}"`,
  };
}
