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
