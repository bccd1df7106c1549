// Attachments by reference: a template names the documents an e-mail carries (an invoice, a
// credit note) and the outbox keeps only those names; the relay renders each one when it sends
// (docs/decisions.md, "Outbox attachments"). Which kinds exist and how they are drawn is the
// business of the context that owns the documents, plugged in through `AttachmentRenderer`.

/** A document an e-mail carries, as the outbox row names it. */
export interface EmailAttachmentRef {
  /** What kind of document, known to the renderer (e.g. `invoice`, `credit_note`). */
  kind: string;
  /** The document's id. */
  id: string;
  /** The file name the shopper sees, e.g. `INV-000042.pdf`; listed in the admin before sending. */
  filename: string;
}

/** A rendered attachment, as the mailer sends it. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * Draws the document a reference names; throws when it cannot (the relay then retries later).
 *
 * @example const render: AttachmentRenderer = async (ref) => ({ filename: ref.filename, contentType: 'application/pdf', content: await pdfOf(ref.id) });
 */
export type AttachmentRenderer = (ref: EmailAttachmentRef) => Promise<MailAttachment>;

/** The references stored on an outbox row, read back; anything malformed is a broken row, not something to guess at. */
export function attachmentRefsOf(value: unknown): EmailAttachmentRef[] {
  if (!Array.isArray(value)) throw new Error('Outbox attachments are not a list');
  return value.map((item: unknown) => {
    const ref = item as Partial<EmailAttachmentRef> | null;
    if (!ref || typeof ref.kind !== 'string' || typeof ref.id !== 'string' || typeof ref.filename !== 'string') {
      throw new Error(`Not an attachment reference: ${JSON.stringify(item)}`);
    }
    return { kind: ref.kind, id: ref.id, filename: ref.filename };
  });
}

/** Renders every attachment of an e-mail, in order; a reference with no renderer fails the try. */
export async function renderAttachments(refs: readonly EmailAttachmentRef[], render: AttachmentRenderer | undefined): Promise<MailAttachment[]> {
  if (refs.length && !render) throw new Error('This e-mail has attachments but the relay was given no attachment renderer');
  return Promise.all(refs.map((ref) => render!(ref)));
}
