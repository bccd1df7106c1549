// The shopper-facing configurator: a product's definition, validate + price, save and share.
// The engine decides; this file only loads, stores and maps errors. Adding a configuration to
// the cart is the carts context's (it owns cart lines), built on `configureLine`.
import type { PrismaClient } from '@tandem/db';
import { VISIBLE_PRODUCTS, isShownToShoppers } from '../catalog/index.ts';
import { NotFoundError, TtlCache } from '../shared/index.ts';
import { newConfigurationId } from './configuration-ids.ts';
import { evaluateConfiguration } from './engine.ts';
import { componentStock, requireConfigurable } from './load-definition.ts';
import { InvalidConfigurationError } from './invalid-configuration.ts';
import type { ComponentStock, ConfigChoices, ConfigurationEvaluation, ConfiguratorDefinition } from './types.ts';

export interface ConfiguratorProductView {
  product: { id: string; slug: string; title: string; description: string; image: { url: string; alt: string; width: number; height: number } | null };
  definition: ConfiguratorDefinition;
}

export interface SavedConfigurationView {
  id: string;
  slug: string;
  definitionVersion: number;
  choices: ConfigChoices;
  createdAt: string;
}

export interface ConfiguratorServiceOptions {
  /**
   * How long `evaluate` may reuse a product's definition and component stock (default 2 s; 0
   * turns it off). Only the live preview reads through it: saving, adding to the cart and
   * checkout always read the current definition and stock.
   */
  evaluateCacheTtlMs?: number;
}

export function createConfiguratorService(prisma: PrismaClient, options: ConfiguratorServiceOptions = {}) {
  const evaluateCache = new TtlCache<{ definition: ConfiguratorDefinition; stock: ComponentStock }>(options.evaluateCacheTtlMs ?? 2_000, 500);

  async function product(slug: string): Promise<ConfiguratorProductView> {
    const { row, definition } = await requireConfigurable(prisma, slug);
    const { id, title, description, images } = row.product;
    return { product: { id, slug, title, description, image: images[0] ?? null }, definition };
  }

  async function isConfigurable(slug: string): Promise<boolean> {
    const row = await prisma.configurableProduct.findFirst({ where: { product: { AND: [VISIBLE_PRODUCTS, { slug }] } }, select: { id: true } });
    return row !== null;
  }

  /** Validates and prices choices against the current definition and live component stock. */
  async function evaluate(slug: string, choices: ConfigChoices): Promise<ConfigurationEvaluation> {
    const { definition, stock } = await evaluateCache.getOrCompute(slug, async () => {
      const { definition } = await requireConfigurable(prisma, slug);
      return { definition, stock: await componentStock(prisma, definition) };
    });
    return evaluateConfiguration(definition, choices, stock);
  }

  /** Saves a valid configuration under a new random id for sharing. */
  async function save(slug: string, choices: ConfigChoices): Promise<{ id: string; sharePath: string; evaluation: ConfigurationEvaluation }> {
    const { row, definition } = await requireConfigurable(prisma, slug);
    const evaluation = evaluateConfiguration(definition, choices);
    if (!evaluation.valid) throw new InvalidConfigurationError(evaluation.violations);
    const id = newConfigurationId();
    await prisma.savedConfiguration.create({ data: { id, configurableProductId: row.id, definitionVersion: definition.version, choices: evaluation.choices } });
    return { id, sharePath: `/configure/${slug}?c=${id}`, evaluation };
  }

  async function saved(id: string): Promise<SavedConfigurationView> {
    const row = await prisma.savedConfiguration.findUnique({
      where: { id },
      select: { id: true, definitionVersion: true, choices: true, createdAt: true, configurableProduct: { select: { product: { select: { slug: true, status: true } } } } },
    });
    const product = row?.configurableProduct.product;
    if (!row || !product || !isShownToShoppers(product)) throw new NotFoundError('saved configuration', id);
    return { id: row.id, slug: product.slug, definitionVersion: row.definitionVersion, choices: row.choices as ConfigChoices, createdAt: row.createdAt.toISOString() };
  }

  return { product, isConfigurable, evaluate, save, saved };
}

export type ConfiguratorService = ReturnType<typeof createConfiguratorService>;
