import { describe, expect, it } from 'vitest';
import { inspectImage } from './inspect-image.ts';
import { fixtures } from './testing/image-fixtures.ts';

const staff = { maxBytes: 5 * 1024 * 1024, kinds: ['png', 'jpeg', 'webp', 'svg'] } as const;
const partner = { maxBytes: 2 * 1024 * 1024, kinds: ['png', 'jpeg', 'webp'] } as const;
const drawing = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8"><rect width="12" height="8"/></svg>');

describe('inspectImage', () => {
  it('keeps a raster file as uploaded, under the extension of its real kind', async () => {
    const image = await inspectImage(fixtures.jpeg.bytes, partner);
    expect(image).toMatchObject({ kind: 'jpeg', extension: 'jpg', width: 30, height: 40 });
    expect(image.bytes).toBe(fixtures.jpeg.bytes);
  });

  it('keeps the sanitised document of an SVG, for staff only', async () => {
    expect(await inspectImage(drawing, staff)).toMatchObject({ kind: 'svg', extension: 'svg', width: 12, height: 8 });
    await expect(inspectImage(drawing, partner)).rejects.toThrow('Only PNG, JPEG and WebP images are accepted; this file is none of them.');
  });

  it('refuses a kind the caller does not keep, even when it is a valid image', async () => {
    await expect(inspectImage(fixtures.gif.bytes, staff)).rejects.toThrow('Only PNG, JPEG, WebP and SVG images are accepted');
    expect(await inspectImage(fixtures.avif.bytes, { maxBytes: 1000, kinds: ['avif'] })).toMatchObject({ kind: 'avif', extension: 'avif', width: 64, height: 48 });
  });

  it('refuses HTML, however it is named or sent', async () => {
    await expect(inspectImage(Buffer.from('<!doctype html><script>alert(1)</script>'), staff)).rejects.toThrow(/none of them/);
    await expect(inspectImage(Buffer.from('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>'), staff)).rejects.toThrow(/none of them/);
  });

  it('refuses empty and oversized files', async () => {
    await expect(inspectImage(Buffer.alloc(0), staff)).rejects.toThrow(/empty/);
    await expect(inspectImage(Buffer.concat([fixtures.png.bytes, Buffer.alloc(partner.maxBytes)]), partner)).rejects.toThrow(/at most 2 MB/);
  });
});
