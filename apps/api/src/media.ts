// Serves product images and other media files from the media folder (on disk by default;
// a CDN or object store can sit in front of this path at scale).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { decodePathSegment } from './path-segment.ts';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function createMediaHandler(mediaDir: string) {
  const root = path.resolve(mediaDir);
  return async (req: IncomingMessage, res: ServerResponse, relative: string): Promise<void> => {
    const decoded = decodePathSegment(relative);
    if (decoded === null) return notFound(res);
    const file = path.resolve(root, decoded);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!file.startsWith(root + path.sep) || !type) return notFound(res);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return notFound(res);
    const etag = `"${info.size.toString(16)}-${info.mtimeMs.toString(16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', info.size);
    // SVGs are images here, never documents that may run script.
    if (type === 'image/svg+xml') res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    createReadStream(file).pipe(res);
  };
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}
