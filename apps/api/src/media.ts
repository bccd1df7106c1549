// Serves product images and other media files from the media folder (on disk by default;
// a CDN or object store can sit in front of this path at scale). Every response carries the
// headers of @tandem/media/serving, so no stored file can run as a page, here or behind a CDN.
// `raster/<path>.png` is the PNG copy of `<path>.svg`, drawn on first request and kept on disk.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { rasterSource } from '@tandem/media/raster-url';
import { mediaHeaders } from '@tandem/media/serving';
import { rasterizeSvg } from '@tandem/media/svg-raster';
import { decodePathSegment } from './path-segment.ts';

export function createMediaHandler(mediaDir: string) {
  const root = path.resolve(mediaDir);
  return async (req: IncomingMessage, res: ServerResponse, relative: string): Promise<void> => {
    const decoded = decodePathSegment(relative);
    if (decoded === null) return notFound(res);
    const file = path.resolve(root, decoded);
    const headers = mediaHeaders(file);
    if (!file.startsWith(root + path.sep) || !headers) return notFound(res);
    const info = (await stat(file).catch(() => null)) ?? (await drawRaster(root, decoded, file));
    if (!info?.isFile()) return notFound(res);
    const etag = `"${info.size.toString(16)}-${info.mtimeMs.toString(16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    // On the 304 as well: a cache refreshing its copy takes the headers it gets now.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', info.size);
    createReadStream(file).pipe(res);
  };
}

/**
 * Makes the PNG copy of a stored SVG when `relative` names one (`raster/products/a.png`) and
 * the SVG exists; its file info, or null. Written under a temporary name and renamed, so a
 * concurrent request never reads half a file.
 */
async function drawRaster(root: string, relative: string, target: string) {
  const source = rasterSource(relative.split(path.sep).join('/'));
  if (!source) return null;
  const svgFile = path.resolve(root, source);
  if (!svgFile.startsWith(root + path.sep)) return null;
  const svg = await readFile(svgFile).catch(() => null);
  if (!svg) return null;
  let png: Uint8Array;
  try {
    png = rasterizeSvg(svg);
  } catch {
    return null;
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, target);
  return stat(target);
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end('Not found');
}
