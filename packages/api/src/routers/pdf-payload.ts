// A rendered document as a tRPC answer: JSON has no bytes, so the PDF travels as base64 and the
// app that serves it to the browser decodes it (the storefront's and admin's download routes).
import type { DocumentFile } from '@tandem/core/orders';

/** The answer of a document download procedure. */
export interface PdfPayload {
  filename: string;
  contentType: 'application/pdf';
  base64: string;
}

/** A document file as a procedure's answer. */
export function pdfPayload(file: DocumentFile): PdfPayload {
  return { filename: file.filename, contentType: 'application/pdf', base64: Buffer.from(file.pdf).toString('base64') };
}
