// Partner images live in the store's media folder like product images, so the storefront
// never loads anything from a partner's host. What a file is comes from @tandem/media (magic
// bytes checked against the file's structure, never the sender's Content-Type or the URL): PNG,
// JPEG or WebP up to 2 MB. SVG is refused outright: partners are outside the store's staff, and
// a raster image can carry nothing that runs.
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inspectImage, UnacceptableFile } from '@tandem/media';
import { DomainError } from '../../shared/index.ts';
import type { ImageBytes } from './types.ts';

export const MAX_PARTNER_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Writes the image under `<mediaDir>/partner-content/<partnerId>/<sha256>.<ext>` (so the same
 * image is stored once; the extension is that of its real kind) and returns its /media/ URL.
 * Throws a DomainError (field `image`) for anything that is not an accepted image.
 */
export async function storePartnerImage(mediaDir: string, partnerId: string, image: ImageBytes): Promise<string> {
  let inspected;
  try {
    inspected = await inspectImage(image.bytes, { maxBytes: MAX_PARTNER_IMAGE_BYTES, kinds: ['png', 'jpeg', 'webp'] });
  } catch (error) {
    if (error instanceof UnacceptableFile) throw new DomainError('invalid_input', error.message, { image: [error.message] });
    throw error;
  }
  if (!/^[\w-]+$/.test(partnerId)) throw new Error('Unexpected partner id');
  const name = `${createHash('sha256').update(inspected.bytes).digest('hex').slice(0, 32)}.${inspected.extension}`;
  const dir = path.join(mediaDir, 'partner-content', partnerId);
  await mkdir(dir, { recursive: true });
  // Temp file then rename: a reader never sees half an image under its final name.
  const temp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temp, inspected.bytes);
  await rename(temp, path.join(dir, name));
  return `/media/partner-content/${partnerId}/${name}`;
}
