// Writes generated product images under `<mediaDir>/products/`, touching only files that are
// missing or whose content changed, so reseeding leaves the media folder (and caches) alone.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageSpec } from './product-spec.ts';
import { renderProductSvg } from './svg/product-svg.ts';

/** Public URL prefix of product images; the API serves `mediaDir` under /media/. */
export const productMediaUrl = '/media/products/';

export function productImageUrl(file: string): string {
  return `${productMediaUrl}${file}`;
}

export interface MediaWriteResult {
  written: number;
  unchanged: number;
}

/** Renders and writes the given images (deduplicated by file name). */
export async function writeProductImages(mediaDir: string, images: Iterable<ImageSpec>): Promise<MediaWriteResult> {
  const dir = path.join(mediaDir, 'products');
  await mkdir(dir, { recursive: true });
  const byFile = new Map<string, ImageSpec>();
  for (const image of images) byFile.set(image.file, image);
  const result: MediaWriteResult = { written: 0, unchanged: 0 };
  const queue = [...byFile.values()];
  const worker = async () => {
    for (let image = queue.pop(); image; image = queue.pop()) {
      const target = path.join(dir, image.file);
      const svg = renderProductSvg(image);
      const current = await readFile(target, 'utf8').catch(() => undefined);
      if (current === svg) {
        result.unchanged++;
      } else {
        await writeFile(target, svg);
        result.written++;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return result;
}
