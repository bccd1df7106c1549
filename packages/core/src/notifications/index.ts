// The notifications context's only public door: every context queues its e-mails here
// (templates and data), and the relay delivers them.
export { defineEmailTemplate, queueEmail, queueEmailOnce, wasEmailQueued, type EmailTemplate, type RenderedEmail } from './email-template.ts';
export { composeEmail, block, type EmailBlock } from './email-layout.ts';
export { latestEmail, type OutboxEmailView } from './outbox-reads.ts';
export type { OutgoingEmail } from './outbox-claims.ts';
export type { AttachmentRenderer, EmailAttachmentRef, MailAttachment } from './email-attachments.ts';
export { relayOutbox, type Mailer, type MailerReceipt, type RelayOptions } from './relay-outbox.ts';
export { createSentEmailService, type SentEmailService, type SentEmailSummary, type SentEmailDetail, type SentEmailFilter, type SentEmailStatus } from './sent-emails.ts';
export { forgetRecipient } from './forget-recipient.ts';
export { readOutboxStats, type OutboxStats } from './outbox-stats.ts';
