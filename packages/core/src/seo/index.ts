// The SEO context's only public door: sitemaps and the comparison-shopping product feed.
export { createSitemaps, productSitemapPath, CATEGORY_SITEMAP_PATH, STATIC_SITEMAP_PATH, STATIC_PAGES, type Sitemaps, type SitemapOptions } from './sitemaps.ts';
export { SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES } from './sitemap-xml.ts';
export { productFeed, productFeedEtag, type ProductFeedFormat, type ProductFeedOptions } from './product-feed.ts';
export { MERCHANT_TSV_COLUMNS } from './merchant-tsv.ts';
export { escapeXml, normalizeBaseUrl } from './xml.ts';
