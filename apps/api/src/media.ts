// Serves product images and other media files from the media folder (on disk by default;
// a CDN or object store can sit in front of this path at scale). Every response carries the
// headers of @tandem/media/serving, so no stored file can run as a page, here or behind a CDN.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { mediaHeaders } from '@tandem/media/serving';
import { decodePathSegment } from './path-segment.ts';

export function createMediaHandler(mediaDir: string) {
  const root = path.resolve(mediaDir);
  return async (req: IncomingMessage, res: ServerResponse, relative: string): Promise<void> => {
    const decoded = decodePathSegment(relative);
    if (decoded === null) return notFound(res);
    const file = path.resolve(root, decoded);
    const headers = mediaHeaders(file);
    if (!file.startsWith(root + path.sep) || !headers) return notFound(res);
    const info = await stat(file).catch(() => null);
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

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end('Not found');
}
