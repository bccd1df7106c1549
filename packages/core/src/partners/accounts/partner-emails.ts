// E-mails to an applicant or partner, queued in the outbox inside the transaction of the change.
import type { Prisma } from '@tandem/db';

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

export async function queuePartnerEmail(tx: Prisma.TransactionClient, storefrontUrl: string, kind: PartnerEmailKind, partner: Recipient, reason: string | null = null): Promise<void> {
  const { subject, body } = content(kind, partner, reason);
  await tx.outboxEmail.create({
    data: { to: partner.contactEmail, kind, subject, text: `Hello,\n\n${body}\n\nYour partner portal: ${storefrontUrl}/partners\n` },
  });
}
