const symbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** An amount for a shopper-facing reason, e.g. "€50.00" (minor units with two decimals). */
export function formatMoney(amount: number, currency: string): string {
  const value = (amount / 100).toFixed(2);
  const symbol = symbols[currency];
  return symbol ? `${symbol}${value}` : `${value} ${currency}`;
}
