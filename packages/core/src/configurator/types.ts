import type { ConfigChoices, ConfiguratorDocument, OptionRef } from '@tandem/validators';

export type { ConfigChoices, ConfiguratorDocument, OptionRef };

/**
 * What the engine needs: the stored document plus the base the options add to. Built by the
 * service from a `ConfigurableProduct` row and its base variant; the engine itself reads no DB.
 */
export interface ConfiguratorDefinition extends ConfiguratorDocument {
  productId: string;
  /** Bumped on every edit; saved configurations remember the version they were made on. */
  version: number;
  base: { label: string; amount: number; currency: string; variantId: string };
}

export type ViolationCode =
  | 'unknown_group'
  | 'unknown_option'
  | 'wrong_type'
  | 'required'
  | 'too_few'
  | 'too_many'
  | 'out_of_range'
  | 'off_step'
  | 'too_short'
  | 'too_long'
  | 'invalid_characters'
  | 'requires'
  | 'excludes'
  | 'bound'
  | 'price_error'
  | 'out_of_stock'
  | 'negative_price';

/** One reason a configuration cannot be bought, in words a shopper understands. */
export interface Violation {
  code: ViolationCode;
  group?: string;
  option?: string;
  message: string;
}

/** One line of the unit price's explanation, in minor units (negative for a discount). */
export interface PriceLine {
  label: string;
  amount: number;
  currency: string;
  /** The option (or adjustment) that adds this line; absent for the base. */
  source?: { group: string; option: string } | { adjustment: number };
}

export interface ConfigurationPrice {
  base: PriceLine;
  /** The deltas, in group order then option order, then the adjustments. */
  lines: PriceLine[];
  total: number;
  currency: string;
}

export interface OptionAvailability {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
}

/** A chosen option or value as the shopper sees it (kept on cart and order lines). */
export interface ChosenValue {
  group: string;
  groupLabel: string;
  /** Option ids (single/multiple), or empty for measurements and texts. */
  options: string[];
  /** Human text: "Carbon disc frame", "96 cm", "“Allez!”". */
  value: string;
}

/** Everything the engine says about a configuration. Deterministic for the same input. */
export interface ConfigurationEvaluation {
  valid: boolean;
  violations: Violation[];
  /** Keyed `group/option`. */
  availability: Record<string, OptionAvailability>;
  visibleGroups: string[];
  /** Each visible measurement's allowed range once the chosen options' bounds apply. */
  bounds: Record<string, { min: number; max: number }>;
  /** The choices that count (hidden groups' choices dropped), normalised. */
  choices: ConfigChoices;
  chosen: ChosenValue[];
  price: ConfigurationPrice;
  leadTimeDays: number;
  /** Stock one configured unit consumes, by variant id (sorted). */
  components: { variantId: string; quantity: number }[];
}

/** Live stock of component variants, when the caller knows it (optional: the engine stays pure). */
export type ComponentStock = Readonly<Record<string, number>>;

/** The immutable record of a configured cart or order line. */
export interface ConfigurationSnapshot {
  productId: string;
  definitionVersion: number;
  /** The saved configuration the shopper started from, if any. */
  configurationId: string | null;
  choices: ConfigChoices;
  chosen: ChosenValue[];
  price: ConfigurationPrice;
  unitPrice: { amount: number; currency: string };
  leadTimeDays: number;
  components: { variantId: string; quantity: number }[];
}
