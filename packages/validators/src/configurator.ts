// The configurator's definition document (option groups, options, rules, defaults) and the API
// inputs around it. The document is stored as versioned JSON; this schema is its only shape.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { Slug } from './catalog.ts';
import { wholeNumber } from './numbers.ts';

const Key = line()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'Ids are lower-case words joined by underscores, starting with a letter');
const Label = line().trim().min(1).max(80);
/** A signed amount in minor units (a delta may be a discount). */
const SignedMinor = z.number().int('Amounts are whole minor units (cents)').min(-100_000_000).max(100_000_000);
const Measure = z.number().finite().min(-1_000_000).max(1_000_000);

/** One option, referenced as group id + option id. */
export const OptionRef = z.object({ group: Key, option: Key });
export type OptionRef = z.infer<typeof OptionRef>;

/**
 * How an option changes the unit price: a fixed amount, an amount per unit of a measurement
 * (e.g. 12 cents per cm), or a formula over measurements (e.g. `chest * 30 * 0.4` cm² × price).
 * Results are minor units, rounded half away from zero.
 */
export const PriceDelta = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: SignedMinor }),
  z.object({ kind: z.literal('perUnit'), measurement: Key, amountPerUnit: z.number().finite().min(-1_000_000).max(1_000_000) }),
  z.object({ kind: z.literal('formula'), expression: line().trim().min(1).max(300) }),
]);
export type PriceDelta = z.infer<typeof PriceDelta>;

export const ConfigOption = z.object({
  id: Key,
  label: Label,
  description: multiline().max(300).default(''),
  price: PriceDelta.default({ kind: 'fixed', amount: 0 }),
  leadTimeDays: z.number().int().min(0).max(365).default(0),
  /** A catalog variant whose stock one configured unit consumes. */
  component: z.object({ variantId: line().min(1).max(64), quantity: z.number().int().min(1).max(100) }).optional(),
  /** Preview hint: a CSS colour for the layer this option paints, or a style keyword. */
  visual: z.object({ colour: line().regex(/^#[0-9a-fA-F]{6}$/).optional(), style: Key.optional() }).optional(),
});
export type ConfigOption = z.infer<typeof ConfigOption>;

const GroupBase = { id: Key, label: Label, help: line().max(300).default('') };

export const OptionGroup = z.discriminatedUnion('kind', [
  z.object({ ...GroupBase, kind: z.literal('single'), required: z.boolean().default(true), options: z.array(ConfigOption).min(1).max(60) }),
  z.object({
    ...GroupBase,
    kind: z.literal('multiple'),
    min: z.number().int().min(0).max(60),
    max: z.number().int().min(1).max(60),
    options: z.array(ConfigOption).min(1).max(60),
  }),
  z.object({
    ...GroupBase,
    kind: z.literal('measurement'),
    unit: line().trim().min(1).max(12),
    min: Measure,
    max: Measure,
    step: z.number().finite().positive().max(1_000_000),
    default: Measure,
  }),
  z.object({
    ...GroupBase,
    kind: z.literal('text'),
    minLength: z.number().int().min(0).max(200),
    maxLength: z.number().int().min(1).max(200),
    /** Every character the text may use, listed (no patterns: nothing to inject). */
    allowedCharacters: line().min(1).max(300),
  }),
]);
export type OptionGroup = z.infer<typeof OptionGroup>;

export const ConfigRule = z.discriminatedUnion('kind', [
  /** Choosing `option` needs at least one of `anyOf`. */
  z.object({ kind: z.literal('requires'), option: OptionRef, anyOf: z.array(OptionRef).min(1).max(20) }),
  /** `option` and `other` cannot be chosen together. */
  z.object({ kind: z.literal('excludes'), option: OptionRef, other: OptionRef }),
  /** `group` is shown (and counts) only while one of `anyOf` is chosen. */
  z.object({ kind: z.literal('visibleWhen'), group: Key, anyOf: z.array(OptionRef).min(1).max(20) }),
  /** While `when` is chosen, the measurement `group` must lie within [min, max]. */
  z.object({ kind: z.literal('bound'), group: Key, when: OptionRef, min: Measure.optional(), max: Measure.optional() }),
]);
export type ConfigRule = z.infer<typeof ConfigRule>;

/** A chosen value per group id: an option id, option ids, a measurement or a text. */
export const ConfigChoices = z.record(
  Key,
  z.union([line().max(200), z.array(Key).max(60), z.number().finite()]),
);
export type ConfigChoices = z.infer<typeof ConfigChoices>;

export const ConfiguratorDocument = z.object({
  schemaVersion: z.literal(1).default(1),
  preview: z.enum(['bike', 'jersey', 'kit', 'none']).default('none'),
  groups: z.array(OptionGroup).min(1).max(40),
  rules: z.array(ConfigRule).max(200).default([]),
  /** Fixed adjustments applied when all of `whenAll` are chosen (e.g. a bundle discount). */
  adjustments: z.array(z.object({ label: Label, amount: SignedMinor, whenAll: z.array(OptionRef).max(20).default([]) })).max(20).default([]),
  /** Lead time of the base product before options add theirs. */
  baseLeadTimeDays: z.number().int().min(0).max(365).default(0),
  defaults: ConfigChoices,
});
export type ConfiguratorDocument = z.infer<typeof ConfiguratorDocument>;
export type ConfiguratorDocumentInput = z.input<typeof ConfiguratorDocument>;

/** A share id: 12 base62 characters. */
export const ConfigurationId = line().regex(/^[0-9A-Za-z]{12}$/, 'Not a configuration id');

export const ConfiguratorProductInput = z.object({ slug: Slug });
export const ConfiguratorEvaluateInput = z.object({ slug: Slug, choices: ConfigChoices });
export const ConfiguratorSaveInput = ConfiguratorEvaluateInput;
export const ConfiguratorSavedInput = z.object({ id: ConfigurationId });
export const ConfiguratorAddToCartInput = z.object({
  slug: Slug,
  choices: ConfigChoices,
  quantity: z.number().int('Quantities are whole numbers').min(1, 'Add at least one').max(20, 'At most 20 at a time').default(1),
  /** The saved configuration the shopper started from (kept on the line when it is real). */
  configurationId: ConfigurationId.optional(),
});
export type ConfiguratorAddToCartInput = z.input<typeof ConfiguratorAddToCartInput>;

/** Admin: replace a product's definition (checked for consistency and satisfiability). */
export const ConfiguratorSetDefinitionInput = z.object({
  slug: Slug,
  baseVariantId: line().min(1).max(64).optional(),
  /** The version the admin edited; a stale version is a conflict, never a silent overwrite. */
  expectedVersion: wholeNumber().min(0).optional(),
  definition: ConfiguratorDocument,
});
export type ConfiguratorSetDefinitionInput = z.input<typeof ConfiguratorSetDefinitionInput>;

export const ConfiguratorUpsertGroupInput = z.object({ slug: Slug, group: OptionGroup, position: z.number().int().min(0).max(40).optional() });
export const ConfiguratorRemoveGroupInput = z.object({ slug: Slug, groupId: Key });
export const ConfiguratorSetRulesInput = z.object({ slug: Slug, rules: z.array(ConfigRule).max(200) });
