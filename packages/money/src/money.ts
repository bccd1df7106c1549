// The one shape of an amount: integer minor units and the ISO 4217 currency they count.

/** An amount in integer minor units (cents) and its ISO 4217 currency, e.g. `{ amount: 1250, currency: 'EUR' }`. */
export interface Money {
  amount: number;
  currency: string;
}
