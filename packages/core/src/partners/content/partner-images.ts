// Partner images live in the store's media folder like product images, so the storefront
// never loads anything from a partner's host. Only PNG, JPEG and WebP (checked by their magic
// bytes, not by what the sender claims) up to 2 MB; SVG is refused because it can carry script.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/index.ts';
import type { ImageBytes } from './types.ts';

export const MAX_PARTNER_IMAGE_BYTES = 2 * 1024 * 1024;

const KINDS: { ext: string; type: string; test: (b: Uint8Array) => boolean }[] = [
  { ext: 'png', type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { ext: 'jpg', type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'webp', type: 'image/webp', test: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP' },
];

/** The image's kind from its first bytes, or null for anything else. */
export function sniffImage(bytes: Uint8Array): { ext: string; type: string } | null {
  const kind = KINDS.find((k) => k.test(bytes));
  return kind ? { ext: kind.ext, type: kind.type } : null;
}

/**
 * Writes the image under `<mediaDir>/partner-content/<partnerId>/<sha256>.<ext>` (so the same
 * image is stored once) and returns its /media/ URL.
 */
export async function storePartnerImage(mediaDir: string, partnerId: string, image: ImageBytes): Promise<string> {
  if (image.bytes.byteLength > MAX_PARTNER_IMAGE_BYTES) throw new DomainError('invalid_input', 'Images are at most 2 MB.');
  const kind = sniffImage(image.bytes);
  if (!kind) throw new DomainError('invalid_input', 'The image must be a PNG, JPEG or WebP file.');
  if (!/^[\w-]+$/.test(partnerId)) throw new Error('Unexpected partner id');
  const name = `${createHash('sha256').update(image.bytes).digest('hex').slice(0, 32)}.${kind.ext}`;
  const dir = path.join(mediaDir, 'partner-content', partnerId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), image.bytes);
  return `/media/partner-content/${partnerId}/${name}`;
}
