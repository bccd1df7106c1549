/** A partner item as the storefront shows it in "From our partners". */
export interface PartnerItemCard {
  id: string;
  title: string;
  description: string;
  price: { amount: number; currency: string };
  /** /media/partner-content/… on the store's own origin, or null. */
  imageUrl: string | null;
  partner: { name: string };
}

/** A partner's own view of one of its items. */
export interface PartnerItemView extends PartnerItemCard {
  url: string;
  origin: 'PORTAL' | 'FEED';
  externalId: string | null;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  reviewNote: string | null;
  categorySlugs: string[];
  keywords: string[];
  updatedAt: Date;
}

/** Image bytes to keep in the store's media folder. */
export interface ImageBytes {
  bytes: Uint8Array;
  contentType: string;
}
