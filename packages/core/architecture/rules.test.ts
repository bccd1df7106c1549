// Proves the architecture lint (.dependency-cruiser.cjs, run by `pnpm lint`) catches each kind
// of bad import, on a small fixture tree of deliberately bad files, and lets the good ones pass.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;
const fixture = path.join(here, 'fixtures/bad-imports');

let violations: { rule: string; from: string; to: string; cycle: string[] }[] = [];

beforeAll(async () => {
  const { tsConfig: _ignored, ...options } = config.options ?? {};
  const result = await cruise(['src'], { ...options, baseDir: fixture, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } });
  const output = result.output as ICruiseResult;
  violations = output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to, cycle: (v.cycle ?? []).map((step) => step.name) }));
});

const caught = (rule: string, from: string) => violations.filter((v) => v.rule === rule && v.from === from);

describe('the architecture lint', () => {
  it('fails an import that points up the layer order', () => {
    expect(caught('layer-order:pricing', 'src/pricing/price-cart.ts').map((v) => v.to)).toEqual(['src/checkout/index.ts']);
    expect(caught('layer-order:configurator', 'src/configurator/snapshot.ts')).toHaveLength(1);
  });

  it("fails an import of another context's internal file, in code and in tests", () => {
    expect(caught('no-context-internals', 'src/checkout/shipping.ts').map((v) => v.to)).toEqual(['src/pricing/price-cart.ts']);
    expect(caught('no-context-internals-in-tests', 'src/carts/carts.test.ts').map((v) => v.to)).toEqual(['src/configurator/snapshot.ts']);
  });

  it('fails a cycle between contexts', () => {
    const cycles = violations.filter((v) => v.rule === 'no-cycle').map((v) => [v.from, ...v.cycle].sort());
    expect(cycles).toContainEqual(['src/carts/cart-lines.ts', 'src/carts/cart-lines.ts', 'src/carts/index.ts', 'src/configurator/index.ts', 'src/configurator/snapshot.ts']);
    expect(cycles.some((files) => files.includes('src/pricing/price-cart.ts') && files.includes('src/checkout/shipping.ts'))).toBe(true);
  });

  // dependency-cruiser names Node's built-ins without the node: prefix.
  it('fails core importing HTTP, tRPC or a concrete adapter', () => {
    expect(caught('core-without-transport', 'src/orders/notify-warehouse.ts').map((v) => v.to)).toEqual(['http']);
    expect(caught('core-without-frameworks-or-adapters', 'src/search/search-router.ts')).toHaveLength(1);
    expect(caught('core-without-frameworks-or-adapters', 'src/seo/feed.ts')).toHaveLength(1);
  });

  it('fails core reaching an adapter through a barrel', () => {
    expect(caught('core-never-reaches-an-adapter', 'src/offers/store-offer.ts').map((v) => v.to)).toEqual(['payments/src/stripe/stripe-provider.ts']);
  });

  it('lets a downward import through an index.ts pass', () => {
    expect(violations.filter((v) => v.from === 'src/catalog/list-products.ts')).toEqual([]);
    expect(violations.filter((v) => v.from === 'src/seo/feed.ts' && v.to.includes('catalog'))).toEqual([]);
  });
});
