// The store's sitemaps: an index, product pages in files of at most `pageSize` URLs (read in
// keyset chunks, so 100k products never sit in memory at once), the non-empty categories and
// the static pages. Only what a shopper can open is listed: ACTIVE products, and categories
// with at least one ACTIVE product in their subtree (a category page lists its subtree).
import { Prisma, type PrismaClient } from '@tandem/db';
import { SITEMAP_MAX_URLS, URLSET_CLOSE, productUrlsPerFile, URLSET_OPEN, sitemapIndexXml, urlEntry, urlsetXml, type SitemapUrl } from './sitemap-xml.ts';
import { normalizeBaseUrl } from './xml.ts';

/** The shop's pages that are neither products nor categories and are worth crawling. */
export const STATIC_PAGES = ['/', '/products', '/contact', '/privacy'] as const;

export interface SitemapOptions {
  /** The storefront's public address, e.g. https://shop.example. */
  baseUrl: string;
  /** URLs per product sitemap file; the most the protocol's limits allow by default (smaller in tests). */
  pageSize?: number;
  /** Rows read per query while streaming a product file. */
  chunkSize?: number;
}

/** A sitemap file's path on the storefront: `/sitemaps/products-1.xml`, … */
export const productSitemapPath = (page: number) => `/sitemaps/products-${page}.xml`;
export const CATEGORY_SITEMAP_PATH = '/sitemaps/categories.xml';
export const STATIC_SITEMAP_PATH = '/sitemaps/pages.xml';

/**
 * Builds the store's sitemaps.
 *
 * @example
 * const sitemaps = createSitemaps(prisma, { baseUrl: 'https://shop.example' });
 * for await (const chunk of sitemaps.productPage(1)) res.write(chunk);
 */
export function createSitemaps(prisma: PrismaClient, options: SitemapOptions) {
  const base = normalizeBaseUrl(options.baseUrl);
  const pageSize = Math.min(options.pageSize ?? SITEMAP_MAX_URLS, productUrlsPerFile(base));
  const chunkSize = options.chunkSize ?? 2_000;
  const abs = (path: string) => base + path;

  /** One pass over the visible products: per file, its last modification. */
  async function productPages(): Promise<{ page: number; lastmod: Date }[]> {
    const rows = await prisma.$queryRaw<{ page: bigint | number; lastmod: Date }[]>`
      SELECT page + 1 AS page, max(lastmod) AS lastmod FROM (
        SELECT (row_number() OVER (ORDER BY p.id) - 1) / ${pageSize}::int AS page, ${lastmodSql} AS lastmod
        FROM "Product" p WHERE p.status = 'ACTIVE'
      ) pages GROUP BY page ORDER BY page`;
    return rows.map((r) => ({ page: Number(r.page), lastmod: r.lastmod }));
  }

  async function categories(): Promise<SitemapUrl[]> {
    const rows = await prisma.$queryRaw<{ path: string; lastmod: Date }[]>`
      SELECT c.path, max(p."updatedAt") AS lastmod
      FROM "Category" c
      JOIN "Category" d ON d.id = c.id OR d.path LIKE c.path || '/%'
      JOIN "Product" p ON p."categoryId" = d.id AND p.status = 'ACTIVE'
      GROUP BY c.path ORDER BY c.path`;
    return rows.map((r) => ({ loc: abs(`/c/${r.path}`), lastmod: r.lastmod }));
  }

  return {
    /** The sitemap index: every product file, the categories and the static pages. */
    async index(): Promise<string> {
      const pages = await productPages();
      const cats = await categories();
      return sitemapIndexXml([
        ...pages.map(({ page, lastmod }) => ({ loc: abs(productSitemapPath(page)), lastmod })),
        { loc: abs(CATEGORY_SITEMAP_PATH), lastmod: cats.reduce<Date | null>((a, c) => (!a || c.lastmod! > a ? c.lastmod! : a), null) },
        // Static pages carry no date of their own.
        { loc: abs(STATIC_SITEMAP_PATH) },
      ]);
    },

    /** Whether product file `page` (1-based) has products: the schema allows no empty file. */
    async hasProductPage(page: number): Promise<boolean> {
      if (!Number.isInteger(page) || page < 1) return false;
      return (await firstIdOfPage(page)) !== null;
    },

    /** Product file `page` as chunks of XML; call `hasProductPage` first for a 404. */
    async *productPage(page: number): AsyncGenerator<string> {
      yield URLSET_OPEN;
      let after = await firstIdOfPage(page);
      let inclusive = true;
      let left = after ? pageSize : 0;
      while (left > 0) {
        const rows = await prisma.$queryRaw<{ id: string; slug: string; lastmod: Date }[]>`
          SELECT p.id, p.slug, ${lastmodSql} AS lastmod FROM "Product" p
          WHERE p.status = 'ACTIVE' AND ${inclusive ? Prisma.sql`p.id >= ${after}` : Prisma.sql`p.id > ${after}`}
          ORDER BY p.id LIMIT ${Math.min(chunkSize, left)}`;
        if (rows.length === 0) break;
        yield rows.map((r) => urlEntry({ loc: abs(`/p/${r.slug}`), lastmod: r.lastmod })).join('');
        left -= rows.length;
        after = rows.at(-1)!.id;
        inclusive = false;
      }
      yield URLSET_CLOSE;
    },

    async categorySitemap(): Promise<string> {
      return urlsetXml(await categories());
    },

    staticSitemap(): string {
      return urlsetXml(STATIC_PAGES.map((path) => ({ loc: abs(path) })));
    },
  };

  async function firstIdOfPage(page: number): Promise<string | null> {
    const [row] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM "Product" p WHERE p.status = 'ACTIVE' ORDER BY p.id OFFSET ${(page - 1) * pageSize} LIMIT 1`;
    return row?.id ?? null;
  }
}

export type Sitemaps = ReturnType<typeof createSitemaps>;

// A product page changes when the product or one of its variants (price, stock) does.
const lastmodSql = Prisma.sql`GREATEST(p."updatedAt", (SELECT max(v."updatedAt") FROM "ProductVariant" v WHERE v."productId" = p.id))`;
