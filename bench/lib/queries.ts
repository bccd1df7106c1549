// The representative `catalog.list` inputs the benchmark cycles through, derived from the
// catalog itself (its biggest root category, busiest brand, most common attribute value) so they
// stay meaningful whatever the generator produces. All keep the default `withFacets: true`
// unless `withFacets` is false (the --no-facets comparison).
import type { PrismaClient } from '@tandem/db';
import type { CatalogListInput } from '@tandem/validators';

export interface BenchQuery {
  name: string;
  /** A `catalog.list` input, or a `catalog.bySlug` one. */
  input: CatalogListInput | { slug: string };
  /** Non-batched tRPC 11 GET path: /trpc/catalog.list?input=<url-encoded JSON>. */
  path: string;
}

export function listPath(input: CatalogListInput): string {
  return `/trpc/catalog.list?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Non-batched tRPC 11 GET path of a product page's read. */
export function productPath(slug: string): string {
  return `/trpc/catalog.bySlug?input=${encodeURIComponent(JSON.stringify({ slug }))}`;
}

/** What the storefront's category page asks for: each root category, default sort, with facets. */
export async function categoryPageQueries(prisma: PrismaClient): Promise<BenchQuery[]> {
  const roots = await prisma.category.findMany({ where: { depth: 0 }, select: { slug: true }, orderBy: { slug: 'asc' } });
  if (!roots.length) throw new Error('The benchmark catalog has no categories');
  return roots.map(({ slug }) => ({ name: `category page ${slug}`, input: { category: slug }, path: listPath({ category: slug }) }));
}

/** Product pages spread over the catalog: every 1,000th active product by slug, at most 10. */
export async function productPageQueries(prisma: PrismaClient): Promise<BenchQuery[]> {
  const count = await prisma.product.count({ where: ACTIVE });
  const step = Math.max(1, Math.floor(count / 10));
  const slugs: string[] = [];
  for (let skip = 0; skip < count && slugs.length < 10; skip += step) {
    const [product] = await prisma.product.findMany({ where: ACTIVE, select: { slug: true }, orderBy: { slug: 'asc' }, skip, take: 1 });
    if (product) slugs.push(product.slug);
  }
  return slugs.map((slug) => ({ name: `product page ${slug}`, input: { slug }, path: productPath(slug) }));
}

const ACTIVE = { status: 'ACTIVE' } as const;

export async function representativeQueries(prisma: PrismaClient, withFacets = true): Promise<BenchQuery[]> {
  const [categories, byCategory, byBrand, byCurrency] = await Promise.all([
    prisma.category.findMany({ select: { id: true, slug: true, path: true, depth: true } }),
    prisma.product.groupBy({ by: ['categoryId'], where: ACTIVE, _count: { _all: true } }),
    prisma.product.groupBy({ by: ['brandId'], where: { ...ACTIVE, brandId: { not: null } }, _count: { _all: true } }),
    prisma.product.groupBy({ by: ['currency'], where: ACTIVE, _count: { _all: true } }),
  ]);

  // The root category with the most active products in its subtree.
  const countByCategory = new Map(byCategory.map((row) => [row.categoryId, row._count._all]));
  const pathOf = new Map(categories.map((c) => [c.id, c.path]));
  const roots = categories
    .filter((c) => c.depth === 0)
    .map((root) => ({
      slug: root.slug,
      count: [...countByCategory].reduce((sum, [id, n]) => {
        const p = pathOf.get(id) ?? '';
        return p === root.path || p.startsWith(`${root.path}/`) ? sum + n : sum;
      }, 0),
    }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const category = roots[0]?.slug;
  if (!category) throw new Error('The benchmark catalog has no categories');

  // The brand with the most active products, filtered to the middle half of its prices.
  const brandIds = byBrand.flatMap((row) => (row.brandId ? [row.brandId] : []));
  const brandSlugs = new Map(
    (await prisma.brand.findMany({ where: { id: { in: brandIds } }, select: { id: true, slug: true } })).map((b) => [b.id, b.slug]),
  );
  const topBrand = byBrand
    .map((row) => ({ id: row.brandId ?? '', slug: brandSlugs.get(row.brandId ?? '') ?? '', count: row._count._all }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))[0];
  if (!topBrand) throw new Error('The benchmark catalog has no brands');
  const currency = [...byCurrency].sort((a, b) => b._count._all - a._count._all)[0]?.currency ?? 'EUR';
  const prices = (
    await prisma.product.findMany({
      where: { ...ACTIVE, brandId: topBrand.id, currency },
      select: { minPriceAmount: true },
      orderBy: { minPriceAmount: 'asc' },
    })
  ).map((p) => p.minPriceAmount);
  const quantile = (q: number) => prices[Math.min(prices.length - 1, Math.floor(q * prices.length))] ?? 0;

  // The most common attribute value among active products.
  const attributeRows = await prisma.productAttribute.groupBy({
    by: ['name', 'value'],
    where: { product: ACTIVE },
    _count: { _all: true },
  });
  const attribute = attributeRows.sort(
    (a, b) => b._count._all - a._count._all || a.name.localeCompare(b.name) || a.value.localeCompare(b.value),
  )[0];
  if (!attribute) throw new Error('The benchmark catalog has no product attributes');

  const inputs: { name: string; input: CatalogListInput }[] = [
    { name: 'first page, newest', input: {} },
    { name: `category ${category}, price-asc`, input: { category, sort: 'price-asc' } },
    {
      name: `brand ${topBrand.slug} + price range`,
      input: { brands: [topBrand.slug], minPrice: quantile(0.25), maxPrice: quantile(0.75), currency },
    },
    { name: `attribute ${attribute.name}=${attribute.value}`, input: { attributes: { [attribute.name]: [attribute.value] } } },
  ];
  return inputs.map(({ name, input }) => {
    const sent: CatalogListInput = withFacets ? input : { ...input, withFacets: false };
    return { name, input: sent, path: listPath(sent) };
  });
}
