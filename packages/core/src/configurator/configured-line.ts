// What a configured cart line stores, worked out on the server: the configurator validates and
// prices the shopper's choices and builds the immutable snapshot; carts (which owns cart lines)
// stores it. Whatever the client sent besides choices (prices, labels) is never read.
import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { configurationKey } from './configuration-ids.ts';
import { evaluateConfiguration } from './engine.ts';
import { InvalidConfigurationError } from './invalid-configuration.ts';
import { componentStock, requireConfigurable } from './load-definition.ts';
import { snapshotJson, snapshotOf } from './snapshot.ts';
import type { ConfigChoices } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The shopper's request: a product, their choices, how many, and the share id they began from. */
export interface ConfigureLineInput {
  slug: string;
  choices: ConfigChoices;
  quantity: number;
  configurationId?: string | null | undefined;
}

/** A configured line ready to store: the product's base variant plus the configuration's snapshot. */
export interface ConfiguredLine {
  variantId: string;
  /** A digest of the product and its normalised choices: the same configuration again adds to its line. */
  configurationKey: string;
  /** The server-computed snapshot as a JSON column value. */
  configuration: Prisma.InputJsonValue;
}

/**
 * Validates `quantity` units of the choices against the current definition and live component
 * stock, and builds the line to store. Throws `InvalidConfigurationError` listing every
 * violation, or `invalid_input` when the product is not sold in `currency`.
 *
 * @example const line = await configureLine(prisma, 'EUR', { slug: 'custom-bike', choices, quantity: 1 });
 */
export async function configureLine(db: Db, currency: string, input: ConfigureLineInput): Promise<ConfiguredLine> {
  const { row, definition } = await requireConfigurable(db, input.slug);
  const stock = await componentStock(db, definition);
  const perUnit = Object.fromEntries(Object.entries(stock).map(([k, n]) => [k, Math.floor(n / input.quantity)]));
  const evaluation = evaluateConfiguration(definition, input.choices, perUnit);
  if (!evaluation.valid) throw new InvalidConfigurationError(evaluation.violations);
  if (definition.base.currency !== currency) throw new DomainError('invalid_input', `This item is not sold in ${currency}.`);
  // A share id is kept only when it really is a saved configuration of this product.
  const savedId = input.configurationId
    ? ((await db.savedConfiguration.findFirst({ where: { id: input.configurationId, configurableProductId: row.id }, select: { id: true } }))?.id ?? null)
    : null;
  return {
    variantId: definition.base.variantId,
    configurationKey: configurationKey(definition.productId, evaluation.choices),
    configuration: snapshotJson(snapshotOf(definition, evaluation, savedId)),
  };
}
