// What an uploaded file really is, read from its bytes (never from its name or the browser's
// claim): PNG, JPEG or WebP with their pixel size, or an SVG that has nothing active in it.
// Anything else is refused with a reason the admin can show.
import { DomainError } from '../../shared/index.ts';

export type ImageType = 'png' | 'jpeg' | 'webp' | 'svg';

/** A file accepted as a product image. */
export interface SniffedImage {
  type: ImageType;
  /** The extension the stored file gets. */
  extension: 'png' | 'jpg' | 'webp' | 'svg';
  width: number;
  height: number;
}

/** Uploads larger than this are refused (5 MB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const refuse = (reason: string): never => {
  throw new DomainError('invalid_input', reason, { file: [reason] });
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Reads the image type and size from the bytes; throws a DomainError for anything not allowed. */
export function sniffImage(bytes: Uint8Array): SniffedImage {
  if (bytes.length === 0) refuse('The file is empty.');
  if (bytes.length > MAX_IMAGE_BYTES) refuse(`Images are at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB; this one is ${(bytes.length / 1024 / 1024).toFixed(1)} MB.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') refuse('The PNG file is damaged.');
    return sized('png', 'png', view.getUint32(16), view.getUint32(20));
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes, view);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return webp(bytes, view);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) return svg(new TextDecoder().decode(bytes));
  return refuse('Only PNG, JPEG, WebP and SVG images can be uploaded; this file is none of them.');
}

function sized(type: ImageType, extension: SniffedImage['extension'], width: number, height: number): SniffedImage {
  if (!(width > 0 && height > 0 && width <= 20_000 && height <= 20_000)) refuse('The image has no usable size (1 to 20,000 pixels a side).');
  return { type, extension, width, height };
}

function jpeg(bytes: Uint8Array, view: DataView): SniffedImage {
  // Walk the markers to a start-of-frame (SOF0…SOF15 except DHT, JPG, DAC), which holds the size.
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) refuse('The JPEG file is damaged.');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized('jpeg', 'jpg', view.getUint16(at + 7), view.getUint16(at + 5));
    }
    at += 2 + length;
  }
  return refuse('The JPEG file has no image frame.');
}

function webp(bytes: Uint8Array, view: DataView): SniffedImage {
  const chunk = ascii(bytes, 12, 16);
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return sized('webp', 'webp', width, height);
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) return sized('webp', 'webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return sized('webp', 'webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  return refuse('The WebP file is damaged.');
}

/**
 * SVGs are documents that can run script. Rather than rewrite one (and risk missing a trick),
 * an SVG with anything active or external in it is refused: scripts, event handlers, foreign
 * objects, entities, links or references outside the file, and CSS that loads or runs things.
 */
const SVG_DANGERS: readonly [RegExp, string][] = [
  [/<!DOCTYPE|<!ENTITY/i, 'a DOCTYPE or entity'],
  [/<script[\s>]/i, 'a script'],
  [/<foreignObject[\s>]/i, 'a foreignObject'],
  [/<(iframe|embed|object|audio|video|canvas|handler|listener)[\s>]/i, 'embedded content'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute'],
  [/(href|src)\s*=\s*["']?\s*(?!#)[^"'\s>]/i, 'a link to something outside the image'],
  [/javascript:|data:text\/html|vbscript:/i, 'a script URL'],
  [/@import|url\(\s*["']?\s*(?!#)|expression\(/i, 'CSS that loads or runs something'],
  [/<set[\s>]|<animate[^>]*attributeName\s*=\s*["']?(href|xlink:href)/i, 'an animation of a link'],
];

function svg(text: string): SniffedImage {
  for (const [pattern, what] of SVG_DANGERS) {
    if (pattern.test(text)) refuse(`This SVG contains ${what}; only plain drawings can be uploaded. Export it again without it, or upload a PNG.`);
  }
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i').exec(root)?.[1];
  const viewBox = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(root);
  const width = Number(attribute('width') ?? viewBox?.[1]);
  const height = Number(attribute('height') ?? viewBox?.[2]);
  if (!Number.isFinite(width) || !Number.isFinite(height)) refuse('The SVG says neither its width and height nor a viewBox.');
  return sized('svg', 'svg', Math.round(width), Math.round(height));
}
