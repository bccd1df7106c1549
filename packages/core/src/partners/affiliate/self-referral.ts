// Partners buying through their own links earn nothing. A purchase is a self-referral when the
// buyer is the partner's own customer account, uses the partner's contact e-mail (normalised),
// or pays with the same means of payment (provider fingerprint) as an earlier self-purchase.
import type { Prisma } from '@tandem/db';

/**
 * Lower-cased and trimmed, without a `+tag` in the local part; Gmail addresses also without dots
 * (Gmail ignores them), so `Jan.Smit+shop@gmail.com` is `jansmit@gmail.com`.
 */
export function normaliseEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  const untagged = local.split('+')[0] ?? '';
  const gmail = domain === 'gmail.com' || domain === 'googlemail.com';
  return `${gmail ? untagged.replaceAll('.', '') : untagged}@${gmail ? 'gmail.com' : domain}`;
}

export interface SelfReferralFacts {
  orderId: string;
  /** Null for a guest order. */
  buyerCustomerId: string | null;
  buyerEmail: string;
  /** The order's payment fingerprint, when the provider gave one. */
  paymentFingerprint: string | null;
  partner: { id: string; customerId: string; contactEmail: string };
}

export async function isSelfReferral(tx: Prisma.TransactionClient, facts: SelfReferralFacts): Promise<boolean> {
  if (facts.buyerCustomerId === facts.partner.customerId) return true;
  if (normaliseEmail(facts.buyerEmail) === normaliseEmail(facts.partner.contactEmail)) return true;
  if (!facts.paymentFingerprint) return false;
  const earlier = await tx.payment.findFirst({
    where: {
      fingerprint: facts.paymentFingerprint,
      orderId: { not: facts.orderId },
      order: {
        OR: [
          { customerId: facts.partner.customerId },
          { commissions: { some: { partnerId: facts.partner.id, flag: 'SELF_REFERRAL' } } },
        ],
      },
    },
    select: { id: true },
  });
  return earlier !== null;
}
