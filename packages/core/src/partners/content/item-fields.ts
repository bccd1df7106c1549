// What makes an item "the same" for review: a change to any of these fields sends an approved
// item back to PENDING; a save or feed fetch that changes nothing keeps the review.
import { createHash } from 'node:crypto';

export interface ReviewedFields {
  title: string;
  description: string;
  priceAmount: number;
  currency: string;
  url: string;
  imageUrl: string | null;
  categoryIds: readonly string[];
  keywords: readonly string[];
}

export function contentHashOf(f: ReviewedFields): string {
  const canonical = JSON.stringify([f.title, f.description, f.priceAmount, f.currency, f.url, f.imageUrl, [...f.categoryIds].sort(), [...f.keywords].sort()]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Only a stored http(s) address may be redirected to; anything else is no link at all. */
export function safeOutboundUrl(stored: string): string | null {
  try {
    const url = new URL(stored);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
