// GET /sitemap.xml and /sitemaps/<name>.xml: the store's sitemaps, built by @tandem/core/seo for
// the storefront's public address. The storefront serves them on its own origin by passing
// these responses through; product files are streamed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PrismaClient } from '@tandem/db';
import { createSitemaps } from '@tandem/core/seo';

const PRODUCT_FILE = /^products-([1-9]\d{0,6})\.xml$/;
// Crawlers fetch sitemaps rarely; an hour keeps a burst of them off the database.
const CACHE = 'public, max-age=3600';

export function createSitemapHandler(prisma: PrismaClient, publicStoreUrl: string) {
  const sitemaps = createSitemaps(prisma, { baseUrl: publicStoreUrl });
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (pathname === '/sitemap.xml') return send(req, res, await sitemaps.index());
    const name = pathname.slice('/sitemaps/'.length);
    if (name === 'categories.xml') return send(req, res, await sitemaps.categorySitemap());
    if (name === 'pages.xml') return send(req, res, sitemaps.staticSitemap());
    const page = PRODUCT_FILE.exec(name);
    if (!page || !(await sitemaps.hasProductPage(Number(page[1])))) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    writeHead(res);
    if (req.method === 'HEAD') return void res.end();
    await pipeline(Readable.from(sitemaps.productPage(Number(page[1]))), res);
  };
}

function writeHead(res: ServerResponse): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/xml; charset=utf-8');
  res.setHeader('Cache-Control', CACHE);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

function send(req: IncomingMessage, res: ServerResponse, xml: string): void {
  writeHead(res);
  res.setHeader('Content-Length', Buffer.byteLength(xml));
  res.end(req.method === 'HEAD' ? undefined : xml);
}
