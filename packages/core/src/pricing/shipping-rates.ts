// Shipping prices from the store's rate tables: a flat rate, or a table by weight, per country
// with a fallback row for every other country, optionally free over a goods total.

export interface ShippingRateRow {
  country: string | null;
  maxWeightGrams: number | null;
  amount: number;
  currency: string;
  freeOverAmount: number | null;
}

export interface ShippingMethodRows {
  code: string;
  name: string;
  rates: ShippingRateRow[];
}

export interface ShippingOption {
  code: string;
  name: string;
  amount: number;
  currency: string;
}

export interface ShipmentFacts {
  country: string;
  weightGrams: number;
  goodsAmount: number;
  currency: string;
}

/**
 * The methods that can ship this parcel, each at its price: the country's own rows if it has
 * any, else the fallback rows; the lightest band that holds the weight; free over the threshold.
 */
export function shippingOptions(methods: readonly ShippingMethodRows[], parcel: ShipmentFacts): ShippingOption[] {
  return methods.flatMap((method) => {
    const inCurrency = method.rates.filter((r) => r.currency === parcel.currency);
    const own = inCurrency.filter((r) => r.country === parcel.country);
    const rows = own.length ? own : inCurrency.filter((r) => r.country === null);
    const fitting = rows
      .filter((r) => r.maxWeightGrams === null || parcel.weightGrams <= r.maxWeightGrams)
      .sort((a, b) => (a.maxWeightGrams ?? Infinity) - (b.maxWeightGrams ?? Infinity) || a.amount - b.amount);
    const rate = fitting[0];
    if (!rate) return [];
    const free = rate.freeOverAmount !== null && parcel.goodsAmount >= rate.freeOverAmount;
    return [{ code: method.code, name: method.name, amount: free ? 0 : rate.amount, currency: rate.currency }];
  });
}
