// Admin edits of a product's configurator: the whole definition, or one group, or the rules.
// Every edit is checked for consistency and satisfiability (at least one valid configuration,
// and the default configuration itself valid) before it is stored as a new version.
import type { PrismaClient } from '@tandem/db';
import type { ConfigRule, OptionGroup } from '@tandem/validators';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import { definitionProblems } from './definition-check.ts';
import { evaluateConfiguration } from './engine.ts';
import { refreshFromPrice } from './from-price.ts';
import { loadConfigurable, toDefinition } from './load-definition.ts';
import { checkSatisfiable } from './satisfiability.ts';
import type { ConfiguratorDefinition, ConfiguratorDocument } from './types.ts';

export interface SetDefinitionInput {
  slug: string;
  baseVariantId?: string | undefined;
  expectedVersion?: number | undefined;
  definition: ConfiguratorDocument;
}

/** The audit action of each kind of edit. */
type EditAction = 'catalog.configurator.define' | 'catalog.configurator.group.upsert' | 'catalog.configurator.group.remove' | 'catalog.configurator.rules';

/**
 * Creates or replaces a product's definition; returns the stored definition with its new
 * version. The audit entry (the document and version before and after) is written in the
 * same transaction.
 */
export async function setDefinition(prisma: PrismaClient, actor: StaffActor, input: SetDefinitionInput, action: EditAction = 'catalog.configurator.define'): Promise<ConfiguratorDefinition> {
  return prisma.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { slug: input.slug }, select: { id: true, variants: { select: { id: true, priceAmount: true, currency: true, title: true }, orderBy: { position: 'asc' } } } });
    if (!product) throw new NotFoundError('product', input.slug);
    // Serialises concurrent edits of one product: the version check below is then exact.
    const current = await tx.$queryRaw<{ id: string; version: number; baseVariantId: string; definition: unknown }[]>`
      SELECT id, version, "baseVariantId", definition FROM "ConfigurableProduct" WHERE "productId" = ${product.id} FOR UPDATE`;
    const existing = current[0];
    if (input.expectedVersion !== undefined && (existing?.version ?? 0) !== input.expectedVersion) {
      throw new DomainError('conflict', `Someone else changed this configurator (now version ${existing?.version ?? 0}); reload and edit again.`);
    }
    const baseVariantId = input.baseVariantId ?? existing?.baseVariantId ?? product.variants[0]?.id;
    const base = product.variants.find((v) => v.id === baseVariantId);
    if (!base) throw new DomainError('invalid_input', 'The base variant must be one of the product\'s variants.', { baseVariantId: ['Not a variant of this product'] });
    await assertComponentsExist(tx, input.definition);
    const version = (existing?.version ?? 0) + 1;
    const definition: ConfiguratorDefinition = { ...input.definition, productId: product.id, version, base: { label: base.title, amount: base.priceAmount, currency: base.currency, variantId: base.id } };
    assertUsable(definition);
    const data = { baseVariantId: base.id, version, definition: JSON.parse(JSON.stringify(input.definition)) };
    const row = existing
      ? await tx.configurableProduct.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.configurableProduct.create({ data: { ...data, productId: product.id }, select: { id: true } });
    const loaded = await loadConfigurable(tx, { productId: product.id }, { activeOnly: false });
    if (!loaded || loaded.row.id !== row.id) throw new Error('The definition just written cannot be read back');
    // The listed "from" price follows the definition in the same transaction.
    await refreshFromPrice(tx, product.id);
    await recordAudit(tx, actor, {
      action, entityType: 'ConfigurableProduct', entityId: row.id,
      before: existing ? { slug: input.slug, version: existing.version, baseVariantId: existing.baseVariantId, definition: existing.definition } : null,
      after: { slug: input.slug, version, baseVariantId: base.id, definition: data.definition },
    });
    return toDefinition(loaded.row);
  });
}

/** Adds a group, or replaces the group with the same id (options included), keeping its place. */
export async function upsertGroup(prisma: PrismaClient, actor: StaffActor, slug: string, group: OptionGroup, position?: number): Promise<ConfiguratorDefinition> {
  const current = await currentDocument(prisma, slug);
  const groups = current.document.groups.filter((g) => g.id !== group.id);
  const at = position ?? current.document.groups.findIndex((g) => g.id === group.id);
  groups.splice(at < 0 ? groups.length : Math.min(at, groups.length), 0, group);
  return setDefinition(prisma, actor, { slug, expectedVersion: current.version, definition: { ...current.document, groups } }, 'catalog.configurator.group.upsert');
}

/** Removes a group; rules that name it must go first, or the edit is refused. */
export async function removeGroup(prisma: PrismaClient, actor: StaffActor, slug: string, groupId: string): Promise<ConfiguratorDefinition> {
  const current = await currentDocument(prisma, slug);
  if (!current.document.groups.some((g) => g.id === groupId)) throw new NotFoundError('option group', groupId);
  const { [groupId]: _dropped, ...defaults } = current.document.defaults;
  return setDefinition(prisma, actor, { slug, expectedVersion: current.version, definition: { ...current.document, groups: current.document.groups.filter((g) => g.id !== groupId), defaults } }, 'catalog.configurator.group.remove');
}

/** Replaces the rules. */
export async function setRules(prisma: PrismaClient, actor: StaffActor, slug: string, rules: ConfigRule[]): Promise<ConfiguratorDefinition> {
  const current = await currentDocument(prisma, slug);
  return setDefinition(prisma, actor, { slug, expectedVersion: current.version, definition: { ...current.document, rules } }, 'catalog.configurator.rules');
}

/** The editable definition of a product in any status, or null when it has no configurator. */
export async function adminDefinition(prisma: PrismaClient, slug: string): Promise<{ version: number; baseVariantId: string; document: ConfiguratorDocument } | null> {
  const loaded = await loadConfigurable(prisma, { slug }, { activeOnly: false });
  if (!loaded) return null;
  const { productId: _p, version, base, ...document } = loaded.definition;
  return { version, baseVariantId: base.variantId, document };
}

async function currentDocument(prisma: PrismaClient, slug: string): Promise<{ version: number; document: ConfiguratorDocument }> {
  const loaded = await loadConfigurable(prisma, { slug }, { activeOnly: false });
  if (!loaded) throw new NotFoundError('configurable product', slug);
  const { productId: _p, version, base: _b, ...document } = loaded.definition;
  return { version, document };
}

function assertUsable(definition: ConfiguratorDefinition): void {
  const problems = definitionProblems(definition);
  if (problems.length > 0) throw new DomainError('invalid_input', `The definition is inconsistent: ${problems.join(' ')}`, { definition: problems });
  const satisfiable = checkSatisfiable(definition);
  if (!satisfiable.satisfiable) throw new DomainError('invalid_input', `The definition is unsatisfiable. ${satisfiable.reason}`, { definition: [satisfiable.reason] });
  const defaults = evaluateConfiguration(definition, definition.defaults);
  if (!defaults.valid) {
    const reasons = defaults.violations.map((v) => v.message);
    throw new DomainError('invalid_input', `The default configuration is not valid: ${reasons.join(' ')}`, { 'definition.defaults': reasons });
  }
}

async function assertComponentsExist(tx: Pick<PrismaClient, 'productVariant'>, document: ConfiguratorDocument): Promise<void> {
  const ids = new Set(document.groups.flatMap((g) => (g.kind === 'single' || g.kind === 'multiple' ? g.options.flatMap((o) => (o.component ? [o.component.variantId] : [])) : [])));
  if (ids.size === 0) return;
  const found = await tx.productVariant.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  const missing = [...ids].filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) throw new DomainError('invalid_input', `Unknown component variants: ${missing.join(', ')}.`, { definition: [`Unknown component variants: ${missing.join(', ')}`] });
}
