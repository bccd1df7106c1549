// Which variant a product page shows. The choice lives in the URL (`?variant=<sku>`, or one
// `option.<name>=<value>` per option as a plain GET form sends them) so it works without
// JavaScript; with JavaScript the same functions run in the browser on every click.

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

export interface VariantLike {
  sku: string;
  optionValues: Record<string, string>;
  stock: { status: StockStatus; quantity: number };
}

/** Query keys of option choices start with this prefix: `option.size=M`. */
export const OPTION_PREFIX = 'option.';

export type Choice = Record<string, string>;

/** The variant the URL asks for, or the first one in stock (then the first one). */
export function selectVariant<V extends VariantLike>(variants: readonly V[], params: URLSearchParams): V | undefined {
  const sku = params.get('variant');
  const bySku = sku ? variants.find((v) => v.sku === sku) : undefined;
  if (bySku) return bySku;
  const choice: Choice = {};
  for (const [key, value] of params) {
    if (key.startsWith(OPTION_PREFIX) && value) choice[key.slice(OPTION_PREFIX.length)] = value;
  }
  return matchVariant(variants, choice);
}

/**
 * The variant that best fits a choice of option values: an exact match when there is one,
 * else the one matching the most options (earlier options count more), in stock first.
 * With `keep`, only variants having that option's chosen value are considered, so the
 * option a shopper just clicked is never switched back.
 */
export function matchVariant<V extends VariantLike>(variants: readonly V[], choice: Choice, keep?: string): V | undefined {
  const names = Object.keys(choice);
  const pool = keep !== undefined ? variants.filter((v) => v.optionValues[keep] === choice[keep]) : variants;
  let best: V | undefined;
  let bestScore = -1;
  for (const variant of pool.length ? pool : variants) {
    const matched = names.reduce(
      (score, name, index) => score + (variant.optionValues[name] === choice[name] ? 2 ** (names.length - index) : 0),
      0,
    );
    const score = matched * 2 + (variant.stock.status === 'out_of_stock' ? 0 : 1);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether picking `value` for option `name`, keeping the other chosen options, leads to a
 * variant that exists and can be bought.
 */
export function optionAvailability(
  variants: readonly VariantLike[],
  choice: Choice,
  name: string,
  value: string,
): 'available' | 'sold-out' | 'unavailable' {
  const fits = variants.filter(
    (v) =>
      v.optionValues[name] === value &&
      Object.entries(choice).every(([other, chosen]) => other === name || v.optionValues[other] === chosen),
  );
  if (fits.length === 0) return 'unavailable';
  return fits.some((v) => v.stock.status !== 'out_of_stock') ? 'available' : 'sold-out';
}

/** "In stock", "Only 3 left" or "Out of stock". */
export function stockLabel(stock: VariantLike['stock']): string {
  if (stock.status === 'out_of_stock' || stock.quantity <= 0) return 'Out of stock';
  if (stock.status === 'low_stock') return `Only ${stock.quantity} left`;
  return 'In stock';
}
