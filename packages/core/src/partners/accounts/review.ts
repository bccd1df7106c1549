// Staff decide on partners: approve or reject an application, suspend or reinstate a partner.
// Each decision is one transaction: the conditional status change, the PARTNER role, the audit
// entry and the e-mail to the partner. Repeating a decision that is already in force changes
// nothing (a replayed form); a decision the status does not allow is a conflict.
import type { Prisma } from '@tandem/db';
import type { PartnerStatus } from './types.ts';
import { grantRole, revokeRole } from '../../accounts/index.ts';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { recordAudit } from '../../staff/index.ts';
import type { PartnerAccountsDeps } from './deps.ts';
import { queuePartnerEmail, type PartnerEmailKind } from './partner-emails.ts';
import type { PartnerReviewer } from './types.ts';

export type ReviewDecision = 'approve' | 'reject' | 'suspend' | 'reinstate';

interface DecisionRule {
  from: readonly PartnerStatus[];
  to: PartnerStatus;
  email: PartnerEmailKind;
  role: 'grant' | 'revoke';
  refusal: string;
}

/** Which statuses each decision applies to; the admin shows only the allowed actions. */
export const DECISIONS: Record<ReviewDecision, DecisionRule> = {
  approve: { from: ['PENDING', 'REJECTED'], to: 'APPROVED', email: 'partner_approved', role: 'grant', refusal: 'Only pending or rejected applications can be approved; reinstate a suspended partner instead.' },
  reject: { from: ['PENDING'], to: 'REJECTED', email: 'partner_rejected', role: 'revoke', refusal: 'Only pending applications can be rejected; suspend an approved partner instead.' },
  suspend: { from: ['APPROVED'], to: 'SUSPENDED', email: 'partner_suspended', role: 'revoke', refusal: 'Only approved partners can be suspended.' },
  reinstate: { from: ['SUSPENDED'], to: 'APPROVED', email: 'partner_reinstated', role: 'grant', refusal: 'Only suspended partners can be reinstated.' },
};

export function allowedDecisions(status: PartnerStatus): Record<ReviewDecision, boolean> {
  const allowed = (decision: ReviewDecision) => DECISIONS[decision].from.includes(status);
  return { approve: allowed('approve'), reject: allowed('reject'), suspend: allowed('suspend'), reinstate: allowed('reinstate') };
}

const reviewSelect = { id: true, customerId: true, name: true, contactEmail: true, status: true, reviewNote: true, reviewedAt: true, reviewedById: true } as const;

/** Applies `decision` to the partner; `reason` is shown to the partner (rejections, suspensions). */
export async function reviewPartner(deps: PartnerAccountsDeps, reviewer: PartnerReviewer, partnerId: string, decision: ReviewDecision, reason: string | null = null): Promise<{ changed: boolean }> {
  const rule = DECISIONS[decision];
  return deps.prisma.$transaction(async (tx) => {
    const before = await tx.partner.findUnique({ where: { id: partnerId }, select: reviewSelect });
    if (!before) throw new NotFoundError('partner', partnerId);
    if (before.status === rule.to && !rule.from.includes(before.status)) return { changed: false };
    const now = deps.now();
    const data = { status: rule.to, reviewNote: rule.to === 'APPROVED' ? null : reason, reviewedAt: now, reviewedById: reviewer.id };
    // Conditional on the status read above: of two staff deciding at once, one wins.
    const updated = await tx.partner.updateMany({ where: { id: partnerId, status: { in: [...rule.from] } }, data });
    if (updated.count === 0) {
      const current = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { status: true } });
      if (current.status === rule.to) return { changed: false };
      throw new DomainError('conflict', rule.refusal);
    }
    await (rule.role === 'grant' ? grantRole : revokeRole)(tx, before.customerId, 'PARTNER');
    await audit(tx, reviewer, decision, before, data);
    await queuePartnerEmail(tx, deps.storefrontUrl, rule.email, before, reason);
    return { changed: true };
  });
}

async function audit(tx: Prisma.TransactionClient, reviewer: PartnerReviewer, decision: ReviewDecision, before: { id: string; status: PartnerStatus; reviewNote: string | null }, after: { status: PartnerStatus; reviewNote: string | null }) {
  await recordAudit(tx, reviewer, {
    action: `partners.partner.${decision}`,
    entityType: 'Partner',
    entityId: before.id,
    before: { status: before.status, reviewNote: before.reviewNote },
    after: { status: after.status, reviewNote: after.reviewNote },
  });
}
