// What a chip list needs to know of each kind of rule target: where the picker searches, what to
// type, and what a chip says when its id names nothing any more (deleted since it was chosen).
import { optionSearch, targetSearch, type PickerOption } from './options';

export interface TargetKind {
  search: (query: string, signal: AbortSignal) => Promise<PickerOption[]>;
  hint: string;
  missingLabel: string;
}

const PRODUCT_HINT = 'Type two or more letters of the title, the slug or the SKU.';

export const TARGET_KINDS = {
  product: { search: targetSearch('/marketing/rule-targets', 'product'), hint: PRODUCT_HINT, missingLabel: 'A product no longer in the store' },
  variant: { search: targetSearch('/marketing/rule-targets', 'variant'), hint: PRODUCT_HINT, missingLabel: 'A variant no longer in the store' },
  category: { search: optionSearch('/pickers/categories'), hint: 'Type two or more letters of the category’s name.', missingLabel: 'A category no longer in the store' },
  partner: { search: optionSearch('/partners/targets'), hint: 'Type two or more letters of the partner’s name, code, site or e-mail.', missingLabel: 'A partner no longer on file (or not yours to see)' },
} satisfies Record<string, TargetKind>;

/**
 * Segments and tiers, searched in the page (a dozen, all loaded): by any part of the name or key.
 *
 * @example segmentKind([{ segment: 'lost', label: 'Lost customers', customers: 9 }]).search('los', signal) // [{ value: 'lost', label: 'Lost customers', detail: '9 customers' }]
 */
export function segmentKind(segments: readonly { segment: string; label: string; customers: number }[]): TargetKind {
  const fold = (text: string) => text.toLowerCase();
  return {
    search: async (query) =>
      segments
        .filter((s) => fold(s.label).includes(fold(query.trim())) || fold(s.segment).includes(fold(query.trim())))
        .map((s) => ({ value: s.segment, label: s.label, detail: `${s.customers} customer${s.customers === 1 ? '' : 's'}` })),
    hint: 'Type two or more letters of the segment’s or tier’s name.',
    missingLabel: 'A segment that no longer exists',
  };
}
