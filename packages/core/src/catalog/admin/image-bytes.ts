// What an uploaded product image really is and which bytes to store, decided by @tandem/media
// (magic bytes for rasters, a real SVG sanitiser for drawings); a refusal becomes a field error
// on the upload form.
import { inspectImage, UnacceptableFile, type InspectedImage } from '@tandem/media';
import { DomainError } from '../../shared/index.ts';

/** Uploads larger than this are refused (5 MB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Inspects an upload; throws a DomainError (field `file`) with the reason for anything that
 * must not be stored. Store `result.bytes` under `result.extension`: for SVG they are the
 * sanitised document, not the upload.
 */
export async function inspectProductImage(bytes: Uint8Array): Promise<InspectedImage> {
  try {
    return await inspectImage(bytes, { maxBytes: MAX_IMAGE_BYTES, kinds: ['png', 'jpeg', 'webp', 'svg'] });
  } catch (error) {
    if (error instanceof UnacceptableFile) throw new DomainError('invalid_input', error.message, { file: [error.message] });
    throw error;
  }
}
