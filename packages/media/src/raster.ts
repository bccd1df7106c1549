// What a raster upload really is, from its bytes: the magic number decides the type (never the
// file name or a claimed Content-Type), and image-size, a maintained parser, must read the same
// type and a pixel size from the structure behind it. A file that only starts like a PNG, or an
// HTML page called photo.png, is refused.
import { imageSize } from 'image-size';
import { refuse } from './unacceptable-file.ts';

/** The raster formats the store keeps. */
export type RasterKind = 'png' | 'jpeg' | 'webp' | 'gif' | 'avif';

const text = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Magic numbers, and the name image-size gives the same format. */
const MAGIC: readonly { kind: RasterKind; sizeType: string; test: (b: Uint8Array) => boolean }[] = [
  { kind: 'png', sizeType: 'png', test: (b) => text(b, 0, 8) === '\x89PNG\r\n\x1a\n' },
  { kind: 'jpeg', sizeType: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'gif', sizeType: 'gif', test: (b) => /^GIF8[79]a$/.test(text(b, 0, 6)) },
  { kind: 'webp', sizeType: 'webp', test: (b) => text(b, 0, 4) === 'RIFF' && text(b, 8, 12) === 'WEBP' },
  { kind: 'avif', sizeType: 'avif', test: (b) => text(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(text(b, 8, 12)) },
];

/** The raster kind the first bytes announce, or null when they announce none. */
export function rasterKindOf(bytes: Uint8Array): RasterKind | null {
  return MAGIC.find((m) => m.test(bytes))?.kind ?? null;
}

/** Largest side accepted, in pixels: bigger images are mistakes or decompression bombs. */
export const MAX_IMAGE_SIDE = 20_000;

/**
 * Reads a raster image's pixel size, checking that its structure matches its magic number.
 * Throws {@link UnacceptableFile} for a damaged file or one whose size is unusable.
 */
export function readRaster(bytes: Uint8Array, kind: RasterKind): { width: number; height: number } {
  const expected = MAGIC.find((m) => m.kind === kind)!.sizeType;
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return refuse(`The ${kind.toUpperCase()} file is damaged.`);
  }
  if (size.type !== expected) refuse(`The ${kind.toUpperCase()} file is damaged.`);
  return usableSize(size.width, size.height);
}

/** Checks a pixel size is 1 to {@link MAX_IMAGE_SIDE} a side. */
export function usableSize(width: number | undefined, height: number | undefined): { width: number; height: number } {
  if (!(width! > 0 && height! > 0 && width! <= MAX_IMAGE_SIDE && height! <= MAX_IMAGE_SIDE)) {
    refuse('The image has no usable size (1 to 20,000 pixels a side).');
  }
  return { width: width!, height: height! };
}
