// The order-placed e-mail: what was bought at which price, the discounts, shipping, tax and
// total, where it ships, and what the shopper does next for the payment they chose. It states
// only what the order holds: without payment details from the shop it names no bank account.
import { block, composeEmail, defineEmailTemplate, type EmailBlock } from '../notifications/index.ts';
import { formatted, moment } from './email-text.ts';
import type { OrderEmailDetails } from './order-email-details.ts';

export { formatted } from './email-text.ts';

/**
 * What the confirmation is rendered from. `number`, `totalAmount` and `currency` are all an old
 * caller gives; `details` adds the lines and amounts, `orderUrl` a link to the order's page
 * (a guest's signed link, or the account's order page).
 */
export interface OrderConfirmationData {
  number: string;
  totalAmount: number;
  currency: string;
  details?: OrderEmailDetails | undefined;
  orderUrl?: string | undefined;
}

/** The address as a label reads: name, street lines, postal code and city, region, country. */
function addressText(address: Record<string, string>): string {
  const a = (key: string) => address[key]?.trim() ?? '';
  return [a('name'), a('line1'), a('line2'), [a('postalCode'), a('city')].filter(Boolean).join(' '), a('region'), a('country')].filter(Boolean).join('\n');
}

function amountBlocks(d: OrderEmailDetails, total: number, currency: string): EmailBlock[] {
  const m = (amount: number) => formatted(amount, currency);
  const items = d.lines.map((l) => ({
    title: `${l.quantity} × ${l.productTitle}`,
    detail: [l.variantTitle, `${m(l.unitPriceAmount)} each`, ...(l.discountAmount > 0 ? [`discount −${m(l.discountAmount)}`] : [])].filter(Boolean).join(' · '),
    amount: m(l.lineTotalAmount),
  }));
  const rows = [
    { label: 'Subtotal', value: m(d.subtotalAmount) },
    ...(d.discountAmount > 0 ? [{ label: 'Discounts', value: `−${m(d.discountAmount)}` }] : []),
    { label: `Shipping (${d.shippingMethodName})`, value: m(d.shippingAmount) },
    { label: d.pricesIncludeTax ? 'Tax included' : 'Tax', value: m(d.taxAmount) },
    { label: 'Total', value: m(total), strong: true },
  ];
  return [block.heading('Your order'), block.items(items), block.facts(rows)];
}

/** Where and when to collect an order that is collected in store. */
function collectBlocks(location: { address: string; openingHours: string }): EmailBlock[] {
  return [
    block.heading('Collect in store'),
    block.paragraph('We e-mail you when your order is ready to collect. Collect it at:'),
    block.paragraph(location.address),
    ...(location.openingHours ? [block.facts([{ label: 'Opening hours', value: location.openingHours }])] : []),
  ];
}

function paymentBlocks(d: OrderEmailDetails): EmailBlock[] {
  if (d.payment?.succeeded) return [block.heading('Payment'), block.paragraph('Your payment is received. We will e-mail you when the order ships.')];
  const deadline = moment(d.reservationExpiresAt);
  const hold = `We keep your items until ${deadline}. If the payment has not arrived by then, the order is cancelled and we tell you by e-mail.`;
  if (d.paymentInstructions?.length) {
    const ask = block.paragraph(`Please transfer the amount by ${deadline}, with the reference exactly as shown, so we can match your payment to your order.`);
    return [block.heading('How to pay'), ask, block.facts(d.paymentInstructions), block.paragraph(hold)];
  }
  if (d.pickupInstructions) {
    const ask = block.paragraph('You pay when you collect your order. Collect it here:');
    return [block.heading('Pay on pickup'), ask, block.paragraph(d.pickupInstructions), block.paragraph(hold.replace('the payment has not arrived', 'you have not collected it'))];
  }
  const how = d.payment?.provider === 'stripe' ? 'Your card payment is being confirmed.' : 'Your order is waiting for your payment.';
  return [block.heading('Payment'), block.paragraph(`${how} We will e-mail you as soon as it is received. ${hold}`)];
}

export const orderConfirmationEmail = defineEmailTemplate('order_confirmation', (order: OrderConfirmationData) => {
  const d = order.details;
  const blocks: EmailBlock[] = [block.paragraph(`Thank you for your order ${order.number}.`)];
  if (d) {
    blocks.push(...amountBlocks(d, order.totalAmount, order.currency));
    const address = addressText(d.shippingAddress);
    if (d.pickupLocation) blocks.push(...collectBlocks(d.pickupLocation));
    if (address) blocks.push(block.heading(d.pickupLocation ? 'Billing address' : 'Shipping to'), block.paragraph(address));
    blocks.push(...paymentBlocks(d));
  } else {
    blocks.push(block.paragraph(`Total: ${formatted(order.totalAmount, order.currency)}.`));
  }
  if (order.orderUrl) blocks.push(block.link('Your order', order.orderUrl));
  return composeEmail(`Order ${order.number} confirmed`, blocks);
});
