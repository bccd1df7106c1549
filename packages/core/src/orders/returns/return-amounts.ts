// What a return gives back, in minor units, computed on the server from the order as it was
// priced: each returned line's share of what the shopper paid for it (its discounts are
// already taken off the line total; tax is added where prices exclude it), and optionally the
// shipping. Shares of one line over several returns are cut at cumulative boundaries, so the
// returns of every unit of a line add up to exactly what the line cost.

/** What the amounts need of an order line. */
export interface PricedLine {
  id: string;
  quantity: number;
  /** After the line's discounts; net or gross as the order's prices are. */
  lineTotalAmount: number;
  taxAmount: number;
}

/** What the amounts need of the order. */
export interface PricedOrder {
  pricesIncludeTax: boolean;
  shippingAmount: number;
  taxAmount: number;
  lines: readonly PricedLine[];
}

/** Units of one line in this return, and how many of its units earlier refunded returns already paid back. */
export interface ReturnedUnits {
  lineId: string;
  quantity: number;
  alreadyRefunded: number;
}

/** What the shopper paid for a line, tax included. */
export function lineGross(order: Pick<PricedOrder, 'pricesIncludeTax'>, line: PricedLine): number {
  return line.lineTotalAmount + (order.pricesIncludeTax ? 0 : line.taxAmount);
}

/** What the shopper paid for shipping, tax included (the order's tax less the lines' tax, where prices exclude it). */
export function shippingGross(order: PricedOrder): number {
  if (order.pricesIncludeTax) return order.shippingAmount;
  return order.shippingAmount + order.taxAmount - order.lines.reduce((sum, l) => sum + l.taxAmount, 0);
}

/**
 * The goods part of a return's refund.
 *
 * @example returnedGoodsAmount(order, [{ lineId, quantity: 1, alreadyRefunded: 0 }]) // one unit of a 3 × 10.00 line, 10 % off: 900
 */
export function returnedGoodsAmount(order: PricedOrder, units: readonly ReturnedUnits[]): number {
  let sum = 0;
  for (const u of units) {
    const line = order.lines.find((l) => l.id === u.lineId);
    if (!line) throw new RangeError(`Line ${u.lineId} is not on the order`);
    if (u.quantity < 0 || u.alreadyRefunded < 0 || u.alreadyRefunded + u.quantity > line.quantity) throw new RangeError(`Line ${u.lineId} has ${line.quantity} units`);
    const gross = lineGross(order, line);
    // Cumulative cut: floor(gross·(a+q)/Q) − floor(gross·a/Q); BigInt, as gross × units may pass 2^53.
    const upTo = (units: number) => Number((BigInt(gross) * BigInt(units)) / BigInt(line.quantity));
    sum += upTo(u.alreadyRefunded + u.quantity) - upTo(u.alreadyRefunded);
  }
  return sum;
}
