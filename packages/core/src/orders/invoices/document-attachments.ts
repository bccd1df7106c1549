// Invoices and credit notes as e-mail attachments: the outbox row names the document (kind and
// id) and the relay draws its PDF when it sends, from the same stored snapshot every download
// uses, so a retried or replayed e-mail carries the same file (docs/decisions.md).
import type { PrismaClient } from '@tandem/db';
import type { AttachmentRenderer, EmailAttachmentRef } from '../../notifications/index.ts';
import { documentNumberText, type DocumentSequence } from './document-counter.ts';
import { documentFile } from './document-views.ts';

const KINDS: ReadonlySet<string> = new Set<DocumentSequence>(['invoice', 'credit_note']);

/** The attachment reference of an issued document (its stored number, e.g. 42 → `INV-000042.pdf`). */
export function documentAttachment(kind: DocumentSequence, document: { id: string; number: number }): EmailAttachmentRef {
  return { kind, id: document.id, filename: `${documentNumberText(kind, document.number)}.pdf` };
}

/**
 * The renderer the relay (and the admin's "Sent e-mail" page) draws document attachments with.
 *
 * @example relayOutbox(prisma, mailer, { renderAttachment: documentAttachmentRenderer(prisma) })
 */
export function documentAttachmentRenderer(prisma: PrismaClient): AttachmentRenderer {
  return async (ref) => {
    if (!KINDS.has(ref.kind)) throw new Error(`No renderer for attachments of kind ${ref.kind}`);
    const file = await documentFile(prisma, { kind: ref.kind as DocumentSequence, id: ref.id });
    return { filename: file.filename, contentType: 'application/pdf', content: file.pdf };
  };
}
