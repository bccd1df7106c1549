// An order's timeline as staff read it: each event one sentence with its facts in words
// ("Order placed — 2 lines, €217.51", "Refunded €25.00") instead of its raw data. Events this
// file does not know (another context's) fall back to their name and their details as text.
import { RETURN_REASON_TEXT } from '@tandem/validators';
import { money } from './format';

type Data = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function reasonWords(code: unknown): string {
  const text = str(code);
  return text ? ((RETURN_REASON_TEXT as Record<string, string>)[text] ?? text) : 'no reason given';
}

const SENTENCES: Record<string, (d: Data, m: (amount: number) => string) => string> = {
  placed: (d, m) => {
    const lines = num(d.lines);
    const total = num(d.total);
    const facts = [lines !== null ? count(lines, 'line', 'lines') : null, total !== null ? m(total) : null].filter(Boolean);
    return `Order placed${facts.length ? ` — ${facts.join(', ')}` : ''}`;
  },
  paid: (d) => `Paid${str(d.provider) ? ` through ${d.provider}` : ''}`,
  paid_after_cancel: () => 'Payment arrived after the order was cancelled — refund it',
  refunded: (d, m) => (num(d.amount) !== null ? `Refunded ${m(num(d.amount)!)}` : 'Refunded'),
  refund_updated: (d, m) => (num(d.refunded) !== null ? `Refunded — ${m(num(d.refunded)!)} in total so far` : 'Refund updated'),
  cancelled: (d) => `Cancelled${d.by === 'shopper' ? ' by the shopper' : ''}${str(d.reason) ? ` — ${d.reason}` : ''}${d.refundFollows === true ? ' (paid: refunded in full)' : ''}`,
  fulfilled: (d) => `Shipped${str(d.carrier) ? ` with ${d.carrier}` : ''}${str(d.trackingNumber) ? `, tracking number ${d.trackingNumber}` : ''}`,
  delivered: () => 'Delivered',
  ready_for_pickup: () => 'Ready for pickup; the shopper was e-mailed where and when to collect it',
  collected: () => 'Collected by the shopper',
  return_requested: (d) => `Return requested — ${num(d.units) !== null ? count(num(d.units)!, 'item', 'items') : 'items'}, reason: ${reasonWords(d.reason)}`,
  return_approved: () => 'Return approved — the shopper was asked to send the items',
  return_rejected: (d) => `Return rejected${str(d.reason) ? ` — ${d.reason}` : ''}`,
  return_received: () => 'Returned items received',
  return_refunded: (d, m) => {
    const restocked = num(d.restocked);
    return `Return refunded${num(d.amount) !== null ? ` ${m(num(d.amount)!)}` : ''}${restocked ? `, ${count(restocked, 'item', 'items')} back in stock` : ''}`;
  },
};

/** The event's name in words, for events without a sentence of their own. */
function label(type: string): string {
  const text = type.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One timeline event as a sentence, its amounts in the order's currency.
 * @example timelineSentence({ type: 'placed', data: { lines: 2, total: 21751 } }, 'EUR') // "Order placed — 2 lines, €217.51"
 */
export function timelineSentence(event: { type: string; data: Data }, currency: string): string {
  const m = (amount: number) => money({ amount, currency });
  const sentence = SENTENCES[event.type];
  if (sentence) return sentence(event.data, m);
  if (event.type.startsWith('payment_')) return `Payment ${event.type.slice('payment_'.length).replaceAll('_', ' ')}`;
  const details = Object.entries(event.data)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()} ${String(v)}`);
  return details.length ? `${label(event.type)} — ${details.join(', ')}` : label(event.type);
}
