// Pricing benchmark: carts priced per second with 0 (the baseline), 10 and 100 active
// promotions, in-process (the pure engine) and through the API (`promotions.cartPricing` over
// HTTP on an in-memory PGlite: rules loaded from the database, then the engine), side by side
// in one run, next to `cart.get` (the same cart read with the same authentication, no pricing)
// on the same server; and through a second server on the same database that caches promotions
// and price lists per catalog version, following it by NOTIFY as apps/api does. Usage: pnpm bench:pricing [--seconds 3] [--requests 400] [--concurrency 4]
import { hashToken, newToken } from '@tandem/core/accounts';
import { CATALOG_CHANNEL } from '@tandem/core/catalog';
import { priceCart, type PricingInput, type PromotionRule } from '@tandem/core/pricing';
import { createTestDatabase, makeCategory, makeProduct } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { runRequests } from './lib/http-pool.ts';
import { benchMediaDir } from './lib/prepare.ts';
import { startApiServer } from './lib/servers.ts';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { flagReader, withoutSeparator } from './lib/flags.ts';

const USAGE = 'Usage: pnpm bench:pricing [--seconds 3] [--requests 400] [--concurrency 4] (or BENCH_SECONDS, BENCH_REQUESTS, BENCH_CONCURRENCY)';
const { values } = parseArgs({ args: withoutSeparator(process.argv.slice(2)), options: { seconds: { type: 'string' }, requests: { type: 'string' }, concurrency: { type: 'string' } } });
const flags = flagReader(process.env, USAGE);
const SECONDS = flags.number('seconds', values.seconds, 3, 0.5);
const REQUESTS = flags.number('requests', values.requests, 400, 10);
const CONCURRENCY = flags.number('concurrency', values.concurrency, 4, 1);
const LEVELS = [0, 10, 100] as const;
const LINES = 6;
const kinds = ['PERCENT', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y', 'GIFT_WITH_PURCHASE'] as const;

/** A realistic mix: every kind, a third targeted at one variant, some with a minimum spend, varied stacking. */
function promotionData(i: number, variantIds: readonly string[]) {
  const kind = kinds[i % kinds.length]!;
  return {
    name: `Bench promotion ${i}`,
    kind,
    percentBps: kind === 'PERCENT' || kind === 'BUY_X_GET_Y' ? 500 + (i % 20) * 100 : null,
    amount: kind === 'FIXED_AMOUNT' ? 200 + i * 7 : null,
    buyQuantity: kind === 'BUY_X_GET_Y' ? 2 : null,
    getQuantity: kind === 'BUY_X_GET_Y' ? 1 : null,
    giftVariantId: kind === 'GIFT_WITH_PURCHASE' ? variantIds[i % variantIds.length]! : null,
    variantIds: i % 3 === 0 ? [variantIds[i % variantIds.length]!] : [],
    minSubtotalAmount: i % 4 === 0 ? 5_000 : null,
    combinesWith: (['PRODUCT', 'ORDER', 'SHIPPING'] as const).filter((_, c) => (i + c) % 2 === 0),
  };
}

function asRule(i: number, variantIds: readonly string[]): PromotionRule {
  return {
    id: `p${String(i).padStart(4, '0')}`, code: null, currency: 'EUR', bundleVariantIds: [], bundlePickQuantity: null, productIds: [], categoryIds: [], minQuantity: null, startsAt: null, endsAt: null,
    usageLimit: null, usedCount: 0, perCustomerLimit: null, customerGroups: [], segmentKeys: [], firstOrderOnly: false, partnerIds: [],
    ...promotionData(i, variantIds),
  };
}

function inProcess(level: number): number {
  const variantIds = Array.from({ length: LINES }, (_, i) => `v${i}`);
  const input: PricingInput = {
    currency: 'EUR',
    now: new Date(),
    lines: variantIds.map((v, i) => ({ key: `l${i}`, productId: `p${i}`, variantId: v, categoryIds: [], quantity: 1 + (i % 3), baseUnitAmount: 1_500 + i * 1_000 })),
    customer: { customerId: 'c', group: 'CONSUMER', segmentKeys: [], isFirstOrder: false, referringPartnerId: null, redemptions: {} },
    code: null,
    rules: { promotions: Array.from({ length: level }, (_, i) => asRule(i, variantIds)), priceLists: [], tiers: [] },
    tax: { rateBps: 2100, pricesIncludeTax: true },
    shipping: { methods: [{ code: 'std', name: 'Standard', rates: [{ country: null, maxWeightGrams: null, amount: 495, currency: 'EUR', freeOverAmount: 10_000 }] }], country: 'NL', weightGrams: 1_000 },
  };
  let n = 0;
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    priceCart(input);
    n++;
  }
  return n / SECONDS;
}

/** Requests per second of `path` for the bench customer, after a warm-up; fails on any non-200. */
async function rate(origin: string, path: string, token: string, what: string): Promise<number> {
  const request = { method: 'GET' as const, path, headers: { Authorization: `Bearer ${token}` } };
  await runRequests(origin, Array.from({ length: 20 }, () => request), CONCURRENCY); // warm-up
  const report = await runRequests(origin, Array.from({ length: REQUESTS }, () => request), CONCURRENCY);
  const failed = report.outcomes.filter((o) => o.status !== 200);
  if (failed.length) throw new Error(`${failed.length} requests failed (${what}): ${failed[0]!.body.slice(0, 200)}`);
  return (1000 * REQUESTS) / report.wallMs;
}

async function throughApi(): Promise<{ cartGet: number; pricing: Map<number, number>; cached: Map<number, number> }> {
  const db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const category = await makeCategory(db.prisma, 'bench');
  const product = await makeProduct(db.prisma, { slug: 'bench', title: 'Bench', categoryId: category.id, variants: Array.from({ length: LINES }, (_, i) => ({ priceAmount: 1_500 + i * 1_000, stockOnHand: 1_000 })) });
  const variants = await db.prisma.productVariant.findMany({ where: { productId: product.id }, select: { id: true } });
  const token = newToken();
  const customer = await db.prisma.customer.create({
    data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'unused', sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } } },
  });
  await db.prisma.cart.create({ data: { customerId: customer.id, lines: { create: variants.map((v, i) => ({ variantId: v.id, quantity: 1 + (i % 3) })) } } });
  const server = await startApiServer(db, benchMediaDir);
  const cachingServer = await startApiServer(db, benchMediaDir, { pricing: { cacheRules: true } });
  const unlisten = await db.listen(CATALOG_CHANNEL, (version) => cachingServer.services.catalog.syncVersion(version));
  const results = new Map<number, number>();
  const cached = new Map<number, number>();
  let cartGet = 0;
  try {
    cartGet = await rate(server.origin, '/trpc/cart.get', token, 'cart.get');
    await server.idle();
    for (const level of LEVELS) {
      await db.prisma.promotion.deleteMany();
      await db.prisma.promotion.createMany({ data: Array.from({ length: level }, (_, i) => promotionData(i, variants.map((v) => v.id))) });
      // What the NOTIFY of these writes does, awaited so the round cannot start before it.
      await cachingServer.services.catalog.refreshVersion();
      results.set(level, await rate(server.origin, '/trpc/promotions.cartPricing', token, `${level} promotions`));
      await server.idle();
      cached.set(level, await rate(cachingServer.origin, '/trpc/promotions.cartPricing', token, `${level} promotions, rules cached`));
      await cachingServer.idle();
    }
  } finally {
    await unlisten();
    await cachingServer.close();
    await server.close();
    await db.close();
  }
  return { cartGet, pricing: results, cached };
}

const local = new Map(LEVELS.map((level) => [level, inProcess(level)]));
const { cartGet, pricing: api, cached } = await throughApi();
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const share = (n: number, base: number) => `${Math.round(n).toLocaleString('en')} (${((100 * n) / base).toFixed(0)} %)`;
console.log(`\nCarts priced per second (${LINES}-line cart; in-process ${SECONDS} s per level; API ${REQUESTS} requests at concurrency ${CONCURRENCY}, PGlite)`);
console.log(`% = of the 0-promotion baseline measured in this run; "of cart.get" = of cart.get's ${Math.round(cartGet)} req/s on the same server (load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})\n`);
console.log(row(['active promotions', 'in-process carts/s', 'API carts/s', 'API of cart.get', 'API, rules cached, carts/s', 'cached / uncached']));
console.log(row(['---', '---', '---', '---', '---', '---']));
for (const level of LEVELS) {
  const label = level === 0 ? '0 (baseline)' : String(level);
  console.log(row([label, share(local.get(level)!, local.get(0)!), share(api.get(level)!, api.get(0)!), `${((100 * api.get(level)!) / cartGet).toFixed(0)} %`, `${Math.round(cached.get(level)!).toLocaleString('en')} (${((100 * cached.get(level)!) / cartGet).toFixed(0)} % of cart.get)`, `${(cached.get(level)! / api.get(level)!).toFixed(2)}×`]));
}
