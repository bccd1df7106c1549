// GET /feeds/products.xml (Google Merchant RSS 2.0) and /feeds/products.tsv: the catalog for
// comparison-shopping sites, one item per variant, streamed. The ETag is a fingerprint of what
// the feed depends on, so a fetcher that sends If-None-Match gets a 304 without the catalog
// being read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PrismaClient } from '@tandem/db';
import { productFeed, productFeedEtag, type ProductFeedFormat } from '@tandem/core/seo';

const TYPES: Record<ProductFeedFormat, string> = {
  xml: 'application/rss+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
};

export interface ProductFeedConfig {
  publicStoreUrl: string;
  shippingCountries: readonly string[];
}

export function createProductFeedHandler(prisma: PrismaClient, config: ProductFeedConfig) {
  return async (req: IncomingMessage, res: ServerResponse, format: ProductFeedFormat): Promise<void> => {
    const options = { format, baseUrl: config.publicStoreUrl, shippingCountries: config.shippingCountries, now: new Date() };
    const etag = await productFeedEtag(prisma, options);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=900');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      return void res.end();
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', TYPES[format]);
    if (format === 'tsv') res.setHeader('Content-Disposition', 'inline; filename="products.tsv"');
    if (req.method === 'HEAD') return void res.end();
    await pipeline(Readable.from(productFeed(prisma, options)), res);
  };
}
