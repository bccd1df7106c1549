// E-mails to an applicant or partner (templates for the notifications outbox), queued inside the
// transaction of the change.
import type { Prisma } from '@tandem/db';
import { block, composeEmail, defineEmailTemplate, queueEmail, type EmailTemplate } from '../../notifications/index.ts';

export type PartnerEmailKind = 'partner_application_received' | 'partner_approved' | 'partner_rejected' | 'partner_suspended' | 'partner_reinstated';

interface Recipient {
  contactEmail: string;
  name: string;
}

function content(kind: PartnerEmailKind, partner: Recipient, reason: string | null): { subject: string; body: string } {
  switch (kind) {
    case 'partner_application_received':
      return { subject: 'We received your partner application', body: `Thank you for applying with ${partner.name}. We review applications within a few working days and will write to you with our decision.` };
    case 'partner_approved':
      return { subject: 'Welcome to the Tandem partner programme', body: `${partner.name} is now a Tandem partner. Your partner portal is open: set the origins of your site and create an API key there.` };
    case 'partner_rejected':
      return { subject: 'Your partner application', body: `We are sorry: we could not accept ${partner.name} as a partner.\n\nOur reason: ${reason ?? ''}\n\nYou are welcome to apply again when things have changed.` };
    case 'partner_suspended':
      return { subject: 'Your partner account is suspended', body: `We have suspended the partner account of ${partner.name}. Your links, widget and API keys stop working until it is reinstated.\n\nOur reason: ${reason ?? ''}` };
    case 'partner_reinstated':
      return { subject: 'Your partner account is active again', body: `The partner account of ${partner.name} is active again: links, widget and API keys work as before.` };
  }
}

interface PartnerEmailData {
  partner: Recipient;
  reason: string | null;
  /** Without a trailing slash. */
  storefrontUrl: string;
}

const partnerEmail = (kind: PartnerEmailKind) =>
  defineEmailTemplate(kind, ({ partner, reason, storefrontUrl }: PartnerEmailData) => {
    const { subject, body } = content(kind, partner, reason);
    return composeEmail(subject, [block.paragraph('Hello,'), ...body.split('\n\n').map(block.paragraph), block.link('Your partner portal', `${storefrontUrl}/partners`)]);
  });

/** The partner e-mails by kind (exported for their tests). */
export const partnerEmails: Record<PartnerEmailKind, EmailTemplate<PartnerEmailData>> = {
  partner_application_received: partnerEmail('partner_application_received'),
  partner_approved: partnerEmail('partner_approved'),
  partner_rejected: partnerEmail('partner_rejected'),
  partner_suspended: partnerEmail('partner_suspended'),
  partner_reinstated: partnerEmail('partner_reinstated'),
};

/** Queues the e-mail of `kind` to the partner's contact address, with a link to the partner portal. */
export async function queuePartnerEmail(tx: Prisma.TransactionClient, storefrontUrl: string, kind: PartnerEmailKind, partner: Recipient, reason: string | null = null): Promise<void> {
  await queueEmail(tx, partnerEmails[kind], partner.contactEmail, { partner, reason, storefrontUrl });
}
