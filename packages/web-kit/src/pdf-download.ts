// Serving an invoice or credit note the API answered (base64, as JSON carries no bytes) as a
// PDF download from the app's own origin, for the storefront's and the admin's order pages.

/** A document download as the API's `orders.document` / `adminOrders.document` answer it. */
export interface PdfPayload {
  filename: string;
  base64: string;
}

/** The payload as a PDF response the browser saves; private, as only its owner may see it. */
export function pdfDownload(payload: PdfPayload): Response {
  // The API names files `INV-000042.pdf`; anything else is refused a place in the header.
  const filename = /^[A-Za-z0-9._-]{1,64}$/.test(payload.filename) ? payload.filename : 'document.pdf';
  return new Response(Buffer.from(payload.base64, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
