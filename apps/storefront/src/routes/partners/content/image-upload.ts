// The portal's image field: an optional File → the API's base64 upload. The API checks the
// bytes themselves; this only keeps obviously wrong files from travelling.
const TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_PARTNER_IMAGE_BYTES_HINT = 2 * 1024 * 1024;

export async function imageUploadFrom(value: FormDataEntryValue | null): Promise<{ contentType: (typeof TYPES)[number]; base64: string } | { error: string } | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > MAX_PARTNER_IMAGE_BYTES_HINT) return { error: 'Images are at most 2 MB.' };
  const type = TYPES.find((t) => t === value.type);
  if (!type) return { error: 'Upload a PNG, JPEG or WebP image.' };
  return { contentType: type, base64: Buffer.from(await value.arrayBuffer()).toString('base64') };
}
