// Draws an invoice or credit note as a PDF from its snapshot alone. pdf-lib with its built-in
// Helvetica (a PDF standard font, nothing fetched or read from disk), and fixed document dates,
// so the same snapshot always gives the same bytes.
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { formatMoney } from '../../shared/index.ts';
import type { DocumentSnapshot } from './invoice-snapshot.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const SIZE = 10;
const LEADING = 14;

/** A rate in basis points as a percentage: 2100 → "21%", 550 → "5.5%". */
export function ratePercent(rateBps: number): string {
  return `${(rateBps / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** The text Helvetica can draw: WinAnsi characters only (Intl's narrow spaces become spaces, anything else "?"). */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((c) => (known.has(c.codePointAt(0)!) ? c : /\s/u.test(c) ? ' ' : '?')).join('');
}

class Writer {
  private page: PDFPage;
  private y: number;
  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont, private readonly bold: PDFFont) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  /** Writes one row: cells at x positions; a negative x aligns the cell's right edge there. */
  row(cells: [number, string][], options: { bold?: boolean; size?: number } = {}): void {
    const font = options.bold ? this.bold : this.font;
    const size = options.size ?? SIZE;
    if (this.y < MARGIN + LEADING) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
    for (const [x, raw] of cells) {
      const text = drawable(font, raw);
      const at = x < 0 ? -x - font.widthOfTextAtSize(text, size) : x;
      this.page.drawText(text, { x: at, y: this.y, size, font });
    }
    this.y -= size + (LEADING - SIZE);
  }
  gap(lines = 1): void {
    this.y -= LEADING * lines;
  }
}

/** The PDF of a document snapshot. */
export async function renderDocumentPdf(doc: DocumentSnapshot): Promise<Uint8Array> {
  // Loaded on the first document, not at start: pdf-lib held about 20 MB in every API process
  // that never renders one (docs/decisions.md, "The API's resident memory on PostgreSQL").
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const issued = new Date(doc.issuedAt);
  const title = `${doc.kind === 'invoice' ? 'Invoice' : 'Credit note'} ${doc.number}`;
  pdf.setTitle(title);
  pdf.setAuthor(doc.seller.legalName);
  pdf.setCreationDate(issued);
  pdf.setModificationDate(issued);
  const w = new Writer(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  const m = (amount: number) => formatMoney(amount, doc.currency);

  w.row([[MARGIN, title]], { bold: true, size: 18 });
  w.gap();
  w.row([[MARGIN, doc.seller.legalName]], { bold: true });
  for (const line of doc.seller.address) w.row([[MARGIN, line]]);
  if (doc.seller.vatId) w.row([[MARGIN, `VAT ID: ${doc.seller.vatId}`]]);
  w.gap();
  w.row([[MARGIN, 'Bill to']], { bold: true });
  for (const line of doc.buyer.address) w.row([[MARGIN, line]]);
  w.row([[MARGIN, doc.buyer.email]]);
  w.gap();
  w.row([[MARGIN, `Number: ${doc.number}`]]);
  w.row([[MARGIN, `Date: ${doc.issuedAt.slice(0, 10)}`]]);
  w.row([[MARGIN, `Order: ${doc.orderNumber}`]]);
  if (doc.invoiceNumber) w.row([[MARGIN, `Credits invoice: ${doc.invoiceNumber}`]]);
  w.gap();

  w.row([[MARGIN, 'Description'], [-330, 'Qty'], [-410, 'Unit'], [-460, 'VAT'], [-545, 'Amount']], { bold: true });
  for (const line of doc.lines) {
    w.row([[MARGIN, line.description.slice(0, 48)], [-330, String(line.quantity)], [-410, m(line.unitAmount)], [-460, ratePercent(line.rateBps)], [-545, m(line.amount)]]);
  }
  w.gap();
  w.row([[MARGIN, 'VAT rate'], [-330, 'Net'], [-430, 'VAT'], [-545, 'Gross']], { bold: true });
  for (const r of doc.vat) w.row([[MARGIN, ratePercent(r.rateBps)], [-330, m(r.netAmount)], [-430, m(r.taxAmount)], [-545, m(r.grossAmount)]]);
  w.gap();
  w.row([[MARGIN, 'Total net'], [-545, m(doc.totals.netAmount)]]);
  w.row([[MARGIN, 'Total VAT'], [-545, m(doc.totals.taxAmount)]]);
  w.row([[MARGIN, 'Total'], [-545, m(doc.totals.grossAmount)]], { bold: true });
  w.gap();
  w.row([[MARGIN, doc.pricesIncludeTax ? 'Prices include VAT.' : 'VAT is added to the prices shown.']]);
  return pdf.save({ useObjectStreams: false });
}
