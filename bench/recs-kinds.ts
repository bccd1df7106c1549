// Complements vs substitutes measured on a store's own data: for every visible product, how
// many items of "Often bought together" share its kind (category) and how many of "Similar
// products" do not — as the raw precomputed lists rank them (what the product page showed before
// the kind rules) and as the serving layer now returns them — with the lists' average length.
// Usage: DATABASE_URL=… pnpm --filter @tandem/bench recs-kinds [--limit 4] (loads the demo
// behaviour and rebuilds the lists when the event table is empty).
import { parseArgs } from 'node:util';
import { createPersonalizationService, recomputeRecommendations } from '@tandem/core/personalization';
import { seedDemoBehaviour } from '@tandem/demo';
import { defaultDataDir, openDatabase } from '@tandem/db';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '4' } } });
const limit = Number(values.limit);
const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR ?? defaultDataDir });
try {
  if ((await seedDemoBehaviour(db.prisma, { now: new Date() })) > 0) await recomputeRecommendations(db.prisma, { now: new Date(), force: true });
  const products = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true, categoryId: true } });
  const kindOf = new Map(products.map((p) => [p.id, p.categoryId]));
  const neighbours = await db.prisma.productNeighbour.findMany({ orderBy: [{ kind: 'asc' }, { productId: 'asc' }, { rank: 'asc' }] });
  const lists = new Map<string, string[]>();
  for (const n of neighbours) if (kindOf.has(n.neighbourId)) lists.set(`${n.kind}:${n.productId}`, [...(lists.get(`${n.kind}:${n.productId}`) ?? []), n.neighbourId]);
  const service = createPersonalizationService(db.prisma, { storefrontUrl: 'http://localhost', cardCacheTtlMs: 0 });
  const tally = { before: { bt: [0, 0], similar: [0, 0] }, after: { bt: [0, 0], similar: [0, 0] } };
  const count = (target: number[], anchor: string, ids: readonly string[], sameKindIsWrong: boolean) => {
    target[1]! += ids.length;
    target[0]! += ids.filter((id) => (kindOf.get(id) === kindOf.get(anchor)) === sameKindIsWrong).length;
  };
  for (const { id } of products) {
    const bt = (lists.get(`BOUGHT_TOGETHER:${id}`) ?? []).filter((n) => n !== id).slice(0, limit);
    const similar = [...new Set([...(lists.get(`VIEWED_TOGETHER:${id}`) ?? []), ...(lists.get(`SIMILAR:${id}`) ?? [])])].filter((n) => n !== id && !bt.includes(n)).slice(0, limit);
    count(tally.before.bt, id, bt, true);
    count(tally.before.similar, id, similar, false);
    const served = await service.forProduct(id, limit);
    count(tally.after.bt, id, served.boughtTogether.map((c) => c.id), true);
    count(tally.after.similar, id, served.similar.map((c) => c.id), false);
  }
  const share = ([wrong, all]: number[]) => `${all ? ((100 * wrong!) / all!).toFixed(1) : '0.0'} % wrong kind, ${(all! / products.length).toFixed(2)} a product`;
  console.log(`${products.length} products, top ${limit} of each list`);
  console.log(`Often bought together (complements): before ${share(tally.before.bt)}; now ${share(tally.after.bt)}`);
  console.log(`Similar products (substitutes):       before ${share(tally.before.similar)}; now ${share(tally.after.similar)}`);
} finally {
  await db.close();
}
