// One door for every image the store keeps and serves later (admin uploads, partner portal
// uploads, images fetched from partner feeds): the type comes from the bytes, SVGs are cleaned,
// and the result says which bytes to store and under which extension, so the extension (and with
// it the Content-Type /media serves) is decided here, once, at store time.
import { rasterKindOf, readRaster, usableSize, type RasterKind } from './raster.ts';
import { refuse } from './unacceptable-file.ts';

/** Every kind of image the store can keep. */
export type ImageKind = RasterKind | 'svg';

/** The stored file's extension for each kind; /media maps it back to a Content-Type. */
export const EXTENSION_OF: Readonly<Record<ImageKind, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif', avif: 'avif', svg: 'svg' };

/** An image accepted for storage. */
export interface InspectedImage {
  kind: ImageKind;
  extension: string;
  width: number;
  height: number;
  /** What to write: the upload itself for rasters, the sanitised document for SVG. */
  bytes: Uint8Array;
}

export interface InspectOptions {
  /** Largest accepted file in bytes. */
  maxBytes: number;
  /** The kinds this caller keeps; SVG (always sanitised) only for staff uploads. */
  kinds: readonly ImageKind[];
}

const LABEL: Readonly<Record<ImageKind, string>> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', gif: 'GIF', avif: 'AVIF', svg: 'SVG' };

/** "PNG, JPEG and SVG" */
const listOf = (kinds: readonly ImageKind[]) => {
  const labels = kinds.map((kind) => LABEL[kind]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
};

/**
 * Decides what an uploaded or fetched file is and what to store. Throws
 * {@link UnacceptableFile} with a reason for the uploader when it must not be kept.
 *
 * @example const image = await inspectImage(bytes, { maxBytes: 5 * 1024 * 1024, kinds: ['png', 'jpeg', 'webp', 'svg'] });
 */
export async function inspectImage(bytes: Uint8Array, options: InspectOptions): Promise<InspectedImage> {
  if (bytes.byteLength === 0) refuse('The file is empty.');
  if (bytes.byteLength > options.maxBytes) {
    refuse(`Images are at most ${options.maxBytes / 1024 / 1024} MB; this one is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB.`);
  }
  const raster = rasterKindOf(bytes);
  if (raster && options.kinds.includes(raster)) return { kind: raster, extension: EXTENSION_OF[raster], bytes, ...readRaster(bytes, raster) };
  if (!raster && options.kinds.includes('svg') && looksLikeSvg(bytes)) {
    // Loaded on the first SVG: jsdom costs seconds and ~100 MB, which no other request should pay.
    const { sanitiseSvg } = await import('./svg-sanitizer.ts');
    const svg = sanitiseSvg(bytes);
    return { kind: 'svg', extension: 'svg', bytes: svg.bytes, ...usableSize(svg.width, svg.height) };
  }
  return refuse(`Only ${listOf(options.kinds)} images are accepted; this file is none of them.`);
}

/** An XML declaration, comments or a DOCTYPE, then an <svg> root (the parser checks the rest). */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}
