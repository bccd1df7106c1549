// The seam between the configurator and pricing: the breakdown is plain data that a pricing
// engine takes as its "configuration deltas" step, and the snapshot kept on cart and order lines.
import type { Prisma } from '@tandem/db';
import type { ConfigurationEvaluation, ConfigurationSnapshot, ConfiguratorDefinition, PriceLine } from './types.ts';

/**
 * The configuration's unit-price contribution for a pricing engine: the base and the delta lines,
 * each a label and an amount in minor units. This is the one function the pricing engine calls
 * for its "configuration deltas" step; until it exists the unit price is `base + Σ deltas`.
 */
export function configurationDeltas(evaluation: ConfigurationEvaluation): { base: PriceLine; deltas: PriceLine[]; unitAmount: number; currency: string } {
  const { base, lines, total, currency } = evaluation.price;
  return { base, deltas: lines, unitAmount: total, currency };
}

/** The immutable record of a valid configuration, kept on its cart line and order line. */
export function snapshotOf(definition: ConfiguratorDefinition, evaluation: ConfigurationEvaluation, configurationId: string | null): ConfigurationSnapshot {
  if (!evaluation.valid) throw new Error('Only a valid configuration has a snapshot');
  const priced = configurationDeltas(evaluation);
  return {
    productId: definition.productId,
    definitionVersion: definition.version,
    configurationId,
    choices: evaluation.choices,
    chosen: evaluation.chosen,
    price: evaluation.price,
    unitPrice: { amount: priced.unitAmount, currency: priced.currency },
    leadTimeDays: evaluation.leadTimeDays,
    components: evaluation.components,
  };
}

/** A stored snapshot, or null for a plain line (or anything that is not a snapshot). */
export function readSnapshot(value: unknown): ConfigurationSnapshot | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const snapshot = value as Partial<ConfigurationSnapshot>;
  return typeof snapshot.productId === 'string' && snapshot.choices && typeof snapshot.choices === 'object' ? (snapshot as ConfigurationSnapshot) : null;
}

/** A snapshot as a JSON column value. */
export function snapshotJson(snapshot: ConfigurationSnapshot): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue;
}
