/** An amount in integer minor units (cents) and its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amounts are whole minor units, got ${amount}`);
  return { amount, currency };
}
