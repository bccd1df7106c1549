import { randomUUID } from 'node:crypto';
import { checkSatisfiable, definitionProblems, evaluateConfiguration } from '@tandem/core/configurator';
import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices } from '../testing/callers.ts';

let db: DemoTestDatabase;
let services: ApiServices;

const BIKE = 'build-your-road-bike';
const address = { name: 'Anna Rider', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
const discBike = { frame: 'endurance_disc', size: 'm', crank_length: 172.5, colour: 'sunset_orange', groupset: 'groupset_2', brakes: 'disc', wheels: 'carbon_disc', tyres: 'race_25', extras: ['cages'], name: 'Anna' };

beforeAll(async () => {
  db = await createDemoTestDatabase();
  services = testServices(db.prisma);
});
afterAll(() => db.close());

const stockOf = async (variantId: string) => (await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stockOnHand;

describe('configurator.product and evaluate', () => {
  it('serves three seeded definitions that are consistent, satisfiable and valid by default', async () => {
    for (const slug of [BIKE, 'made-to-measure-jersey', 'commuter-kit-bundle']) {
      const { definition } = await callerFor(services).configurator.product({ slug });
      expect(definitionProblems(definition), slug).toEqual([]);
      expect(checkSatisfiable(definition).satisfiable, slug).toBe(true);
      expect(evaluateConfiguration(definition, definition.defaults).violations, slug).toEqual([]);
    }
  });

  it('validates and prices on the server with a breakdown in minor units', async () => {
    const result = await callerFor(services).configurator.evaluate({ slug: BIKE, choices: discBike });
    expect(result.valid).toBe(true);
    expect(result.price.total).toBe(result.price.base.amount + result.price.lines.reduce((s, l) => s + l.amount, 0));
    expect(result.components.map((c) => c.quantity).sort()).toEqual([1, 1, 2]);
    const jersey = await callerFor(services).configurator.evaluate({
      slug: 'made-to-measure-jersey',
      choices: { fit: 'club', chest: 100, waist: 88, sleeve_length: 22.5, fabric: 'aero', colour: 'teal', finishing: ['reflective_trim'], print: 'chest_print', print_width: 20, print_height: 6, print_text: 'Team Tandem' },
    });
    expect(jersey.valid).toBe(true);
    expect(jersey.price.lines.find((l) => l.label.startsWith('Finishing'))?.amount).toBe(600);
    expect(jersey.price.lines.find((l) => l.label.startsWith('Chest print'))?.amount).toBe(150 + 20 * 6 * 2);
  });

  it('explains an invalid combination in shopper words', async () => {
    const result = await callerFor(services).configurator.evaluate({ slug: BIKE, choices: { ...discBike, frame: 'aero_disc', tyres: 'gravel_32', size: 's' } });
    expect(result.valid).toBe(false);
    expect(result.violations.map((v) => v.message)).toEqual([
      'Gravel-ready 32 mm cannot be combined with Aero carbon frame (disc).',
      'With S, the crank length can be at most 170 mm.',
    ]);
    await expect(callerFor(services).configurator.evaluate({ slug: 'no-such-bike', choices: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('configurator.addToCart', () => {
  it('rejects invalid or tampered configurations with BAD_REQUEST listing the violations', async () => {
    const api = callerFor(services);
    await expect(api.configurator.addToCart({ slug: BIKE, choices: { ...discBike, brakes: 'rim' } })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Dual-pivot rim brakes needs Allroad alloy frame (rim brake).'),
    });
    await expect(api.configurator.addToCart({ slug: BIKE, choices: { ...discBike, frame: 'titanium_dream' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.configurator.addToCart({ slug: BIKE, choices: { ...discBike, crank_length: 1e9 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.configurator.addToCart({ slug: BIKE, choices: { ...discBike, name: '<script>' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.configurator.addToCart({ slug: BIKE, choices: { ...discBike, 'Frame; DROP': 'x' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('never sells the base variant alone, without a configuration', async () => {
    const api = callerFor(services);
    const { definition } = await api.configurator.product({ slug: BIKE });
    expect(await api.configurator.isConfigurable({ slug: BIKE })).toBe(true);
    await expect(api.cart.addLine({ variantId: definition.base.variantId, quantity: 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('configure it first') });
  });

  it('prices from the server, ignoring any price sent, and keeps a snapshot; different configurations are different lines', async () => {
    const expected = await callerFor(services).configurator.evaluate({ slug: BIKE, choices: discBike });
    const tampered = { slug: BIKE, choices: discBike, quantity: 1, unitPrice: 1, price: { total: 1 } } as Parameters<ReturnType<typeof callerFor>['configurator']['addToCart']>[0];
    const { cart, cartToken } = await callerFor(services).configurator.addToCart(tampered);
    expect(cart.lines).toHaveLength(1);
    const line = cart.lines[0]!;
    expect(line.unitPrice.amount).toBe(expected.price.total);
    expect(line.configuration?.chosen.find((c) => c.group === 'frame')?.value).toBe('Endurance carbon frame (disc)');
    expect(line.configuration?.price.lines).toEqual(expected.price.lines);

    const shopper = callerFor(services, { cartToken });
    await shopper.configurator.addToCart({ slug: BIKE, choices: { ...discBike } });
    const after = await shopper.configurator.addToCart({ slug: BIKE, choices: { ...discBike, colour: 'graphite' } });
    expect(after.cart.lines.map((l) => l.quantity)).toEqual([2, 1]);
    expect(after.cart.lines[1]!.unitPrice.amount).toBe(expected.price.total - 15_000);
  });

  it('saves a configuration under an unguessable share id and reads it back', async () => {
    const api = callerFor(services);
    const { id, sharePath } = await api.configurator.save({ slug: BIKE, choices: discBike });
    expect(id).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(sharePath).toBe(`/configure/${BIKE}?c=${id}`);
    expect((await api.configurator.saved({ id })).choices).toEqual(discBike);
    await expect(api.configurator.saved({ id: 'AAAAAAAAAAAA' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.configurator.saved({ id: '../etc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.configurator.save({ slug: BIKE, choices: { ...discBike, brakes: 'rim' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('checkout of configured lines', () => {
  /** Stock of the bike's base and components, then two disc bikes ordered by a new customer. */
  async function orderTwoDiscBikes() {
    const { definition } = await callerFor(services).configurator.product({ slug: BIKE });
    const components = evaluateConfiguration(definition, discBike).components;
    const stock = async () => ({ base: await stockOf(definition.base.variantId), components: await Promise.all(components.map((c) => stockOf(c.variantId))) });
    const before = await stock();
    const api = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    const added = await api.configurator.addToCart({ slug: BIKE, choices: discBike, quantity: 2 });
    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    return { components, stock, before, added, order };
  }

  it('re-validates at placeOrder, reserves component stock and keeps the snapshot on the order', async () => {
    const { components, stock, before, added, order } = await orderTwoDiscBikes();
    const line = order.lines[0]!;
    expect(line.configuration?.choices).toEqual(discBike);
    expect(line.unitPrice.amount).toBe(added.cart.lines[0]!.unitPrice.amount);
    expect(line.lineTotal.amount).toBe(2 * line.unitPrice.amount);
    expect(await stock()).toEqual({ base: before.base - 2, components: before.components.map((n, i) => n - 2 * components[i]!.quantity) });
  });

  it('cancelling a configured order puts back the base and every component it took, once', async () => {
    const { stock, before, order } = await orderTwoDiscBikes();
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
    await admin.adminOrders.cancel({ id: order.id });
    await admin.adminOrders.cancel({ id: order.id });
    expect(await stock()).toEqual(before);
  });

  it('prices a configured line through the pricing engine: the base, then every option as a configuration step', async () => {
    const { definition } = await callerFor(services).configurator.product({ slug: BIKE });
    const evaluation = evaluateConfiguration(definition, discBike);
    const { sessionToken } = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken });
    await api.configurator.addToCart({ slug: BIKE, choices: discBike, quantity: 1 });
    const quote = await api.checkout.quote({ country: 'NL' });
    const steps = quote.lines[0]!.explanation;
    expect(steps[0]).toMatchObject({ kind: 'base', unitAmount: evaluation.price.base.amount });
    const configurationSteps = steps.filter((step) => step.kind === 'configuration');
    expect(configurationSteps.map((step) => step.label)).toEqual(evaluation.price.lines.map((line) => line.label));
    const promotions = steps.filter((step) => step.kind === 'promotion').reduce((sum, step) => sum + step.amount, 0);
    // Nothing but the configuration and promotions moves a demo bike's price.
    expect(quote.lines[0]!.lineTotal.amount).toBe(evaluation.price.total + promotions);
  });

  it('refuses a configured line the current definition no longer allows', async () => {
    const { sessionToken } = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken });
    await api.configurator.addToCart({ slug: 'made-to-measure-jersey', choices: { fit: 'race', chest: 96, waist: 82, sleeve_length: 26, fabric: 'recycled', colour: 'navy' } });
    const { definition } = await api.configurator.product({ slug: 'made-to-measure-jersey' });
    const { productId: _p, version, base: _b, ...document } = definition;
    const rules = [...document.rules.filter((r) => r.kind !== 'bound'), { kind: 'bound' as const, group: 'sleeve_length', when: { group: 'fit', option: 'race' }, max: 24 }];
    const admin = await signedInCustomer(db.prisma, ['ADMIN']);
    await callerFor(services, { sessionToken: admin.sessionToken }).adminConfigurator.setDefinition({ slug: 'made-to-measure-jersey', expectedVersion: version, definition: { ...document, rules } });

    expect((await api.cart.get()).lines[0]!.problems).toEqual(['With Race fit, the sleeve length can be at most 24 cm.']);
    await expect(api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('never oversells a component under concurrent checkouts', async () => {
    const { definition } = await callerFor(services).configurator.product({ slug: 'commuter-kit-bundle' });
    const lock = evaluateConfiguration(definition, definition.defaults).components.find((c) => definition.groups[2]!.kind === 'single' && c.variantId === (definition.groups[2]!.options[0]!.component?.variantId))!;
    await db.prisma.productVariant.update({ where: { id: lock.variantId }, data: { stockOnHand: 2 } });
    const shoppers = await Promise.all(Array.from({ length: 4 }, async () => {
      const { sessionToken } = await signedInCustomer(db.prisma);
      const api = callerFor(services, { sessionToken });
      await api.configurator.addToCart({ slug: 'commuter-kit-bundle', choices: definition.defaults });
      return api;
    }));
    const results = await Promise.allSettled(shoppers.map((api) => api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === 'CONFLICT')).toBe(true);
    expect(await stockOf(lock.variantId)).toBe(0);
  });
});

describe('adminConfigurator', () => {
  it('rejects an unsatisfiable rule set with the reason, and non-admins outright', async () => {
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['ADMIN'])).sessionToken });
    const { definition } = await admin.configurator.product({ slug: BIKE });
    const impossible = [
      ...definition.rules,
      { kind: 'excludes' as const, option: { group: 'brakes', option: 'disc' }, other: { group: 'frame', option: 'endurance_disc' } },
      { kind: 'excludes' as const, option: { group: 'brakes', option: 'disc' }, other: { group: 'frame', option: 'aero_disc' } },
      { kind: 'excludes' as const, option: { group: 'brakes', option: 'rim' }, other: { group: 'frame', option: 'allroad_alloy' } },
    ];
    const audited = await db.prisma.auditEntry.count();
    await expect(admin.adminConfigurator.setRules({ slug: BIKE, rules: impossible })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^The definition is unsatisfiable\./) });
    expect(await db.prisma.auditEntry.count()).toBe(audited);
    const shopper = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    await expect(shopper.adminConfigurator.setRules({ slug: BIKE, rules: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('edits a group, bumping the version, and refuses a stale version or a broken reference', async () => {
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['ADMIN'])).sessionToken });
    const { definition } = await admin.configurator.product({ slug: BIKE });
    const tyres = definition.groups.find((g) => g.id === 'tyres')!;
    if (tyres.kind !== 'single') throw new Error('tyres is a single-choice group');
    const edited = await admin.adminConfigurator.upsertGroup({ slug: BIKE, group: { ...tyres, options: [...tyres.options, { id: 'tubeless_30', label: 'Tubeless 30 mm', price: { kind: 'fixed', amount: 3_000 }, description: '', leadTimeDays: 0 }] } });
    expect(edited.version).toBe(definition.version + 1);
    const audit = await db.prisma.auditEntry.findMany({ where: { action: { startsWith: 'catalog.configurator.' } }, orderBy: { createdAt: 'asc' } });
    expect(audit.at(-1)).toMatchObject({ action: 'catalog.configurator.group.upsert', entityType: 'ConfigurableProduct', before: expect.objectContaining({ version: definition.version }), after: expect.objectContaining({ version: edited.version, slug: BIKE }) });
    expect(edited.groups.findIndex((g) => g.id === 'tyres')).toBe(definition.groups.findIndex((g) => g.id === 'tyres'));
    const { productId: _p, version: _v, base: _b, ...document } = definition;
    await expect(admin.adminConfigurator.setDefinition({ slug: BIKE, expectedVersion: definition.version, definition: document })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(admin.adminConfigurator.removeGroup({ slug: BIKE, groupId: 'brakes' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('unknown group "brakes"') });
    await expect(admin.adminConfigurator.setRules({ slug: BIKE, rules: [{ kind: 'bound', group: 'crank_length', when: { group: 'size', option: 'm' } }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
