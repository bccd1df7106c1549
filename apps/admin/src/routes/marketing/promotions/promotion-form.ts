// The promotion form ↔ the API's PromotionInput.
import { amountText } from '$lib/amount';
import { amount, count, ids, list, text, toLocalInput, utcDate, type FormValues } from '../draft-form';

export function promotionFromForm(v: FormValues) {
  const percent = text(v, 'percent');
  return {
    name: text(v, 'name'),
    code: text(v, 'code') || null,
    kind: text(v, 'kind'),
    active: text(v, 'active') === 'on',
    percentBps: percent === '' ? null : /^\d+(\.\d{1,2})?$/.test(percent) ? Math.round(Number(percent) * 100) : Number.NaN,
    amount: amount(v, 'amount'),
    buyQuantity: count(v, 'buyQuantity'),
    getQuantity: count(v, 'getQuantity'),
    giftVariantId: text(v, 'giftVariantId') || null,
    bundleVariantIds: ids(v, 'bundleVariantIds'),
    bundlePickQuantity: count(v, 'bundlePickQuantity'),
    productIds: ids(v, 'productIds'),
    variantIds: ids(v, 'variantIds'),
    categoryIds: ids(v, 'categoryIds'),
    minSubtotalAmount: amount(v, 'minSubtotal'),
    minQuantity: count(v, 'minQuantity'),
    startsAt: utcDate(v, 'startsAt'),
    endsAt: utcDate(v, 'endsAt'),
    usageLimit: count(v, 'usageLimit'),
    perCustomerLimit: count(v, 'perCustomerLimit'),
    customerGroups: list(v, 'customerGroups'),
    segmentKeys: list(v, 'segmentKeys'),
    firstOrderOnly: text(v, 'firstOrderOnly') === 'on',
    partnerIds: ids(v, 'partnerIds'),
    combinesWith: list(v, 'combinesWith'),
  };
}

interface SavedPromotion {
  name: string; code: string | null; kind: string; active: boolean; percentBps: number | null; amount: number | null;
  buyQuantity: number | null; getQuantity: number | null; giftVariantId: string | null; bundleVariantIds: string[]; bundlePickQuantity: number | null;
  productIds: string[]; variantIds: string[]; categoryIds: string[]; minSubtotalAmount: number | null; minQuantity: number | null;
  startsAt: Date | string | null; endsAt: Date | string | null; usageLimit: number | null; perCustomerLimit: number | null;
  customerGroups: string[]; segmentKeys: string[]; firstOrderOnly: boolean; partnerIds: string[]; combinesWith: string[];
}

const n = (value: number | null) => (value === null ? '' : String(value));

/** A saved promotion as form values, for the edit screen. */
export function formOfPromotion(p: SavedPromotion): FormValues {
  return {
    name: p.name, code: p.code ?? '', kind: p.kind, active: p.active ? 'on' : '', percent: p.percentBps === null ? '' : String(p.percentBps / 100),
    amount: amountText(p.amount), buyQuantity: n(p.buyQuantity), getQuantity: n(p.getQuantity), giftVariantId: p.giftVariantId ?? '',
    bundleVariantIds: p.bundleVariantIds.join(', '), bundlePickQuantity: n(p.bundlePickQuantity), productIds: p.productIds.join(', '),
    variantIds: p.variantIds.join(', '), categoryIds: p.categoryIds.join(', '), minSubtotal: amountText(p.minSubtotalAmount), minQuantity: n(p.minQuantity),
    startsAt: toLocalInput(p.startsAt), endsAt: toLocalInput(p.endsAt), usageLimit: n(p.usageLimit), perCustomerLimit: n(p.perCustomerLimit),
    customerGroups: p.customerGroups, segmentKeys: p.segmentKeys, firstOrderOnly: p.firstOrderOnly ? 'on' : '',
    partnerIds: p.partnerIds.join(', '), combinesWith: p.combinesWith,
  };
}

export const NEW_PROMOTION: FormValues = { kind: 'PERCENT', active: 'on', sample: '', sampleGroup: 'CONSUMER' };

/** A segment a promotion can target, as the form lists it. */
export interface SegmentOption {
  segment: string;
  label: string;
  customers: number;
}

/**
 * What a promotion can target: the segments, then the four customer tiers (their keys, such as
 * `tier:large_loyal`, are segment keys too: a customer carries both).
 */
export function targetOptions(segments: readonly SegmentOption[], tiers: readonly { key: string; label: string; customers: number }[]): SegmentOption[] {
  return [...segments, ...tiers.map((t) => ({ segment: t.key, label: `Tier: ${t.label}`, customers: t.customers }))];
}

/** A new promotion's values, targeting the segment of `?segment=` when it names one (from a segment's page). */
export function newPromotionValues(url: URL, segments: readonly SegmentOption[]): FormValues {
  const asked = url.searchParams.get('segment');
  return segments.some((s) => s.segment === asked) ? { ...NEW_PROMOTION, segmentKeys: [asked!] } : NEW_PROMOTION;
}
