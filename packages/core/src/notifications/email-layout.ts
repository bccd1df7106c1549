// The one layout of the store's e-mails: a template lists its content once, as blocks, and gets
// both parts from them — the plain text and an HTML version with inline styles only (mail
// clients drop <style> and block remote fonts). Every piece of text is escaped here, so a
// shopper's name like `<script>` stays text, and the two parts always carry the same facts.
import { escapeHtml } from '../shared/index.ts';
import type { RenderedEmail } from './email-template.ts';

/** One piece of an e-mail's content, rendered both as text and as HTML. */
export type EmailBlock =
  /** A paragraph; its line breaks are kept. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  /** A link, written out in the text part so it works in any client. */
  | { kind: 'link'; label: string; url: string }
  /** Rows of label and value (totals, payment details); `strong` rows are bold. */
  | { kind: 'facts'; rows: readonly { label: string; value: string; strong?: boolean }[] }
  /** A list of items, each with its own lines (order lines, products). */
  | { kind: 'items'; items: readonly { title: string; detail?: string; amount?: string; url?: string }[] };

/** Shorthands for a template's blocks. */
export const block = {
  paragraph: (text: string): EmailBlock => ({ kind: 'paragraph', text }),
  heading: (text: string): EmailBlock => ({ kind: 'heading', text }),
  link: (label: string, url: string): EmailBlock => ({ kind: 'link', label, url }),
  facts: (rows: Extract<EmailBlock, { kind: 'facts' }>['rows']): EmailBlock => ({ kind: 'facts', rows }),
  items: (items: Extract<EmailBlock, { kind: 'items' }>['items']): EmailBlock => ({ kind: 'items', items }),
};

const FONT = 'font-family:Helvetica,Arial,sans-serif;color:#1a1a1a';
const LINK = 'color:#0b5cad';

/** Only web links become anchors; anything else (`javascript:`) stays text. */
function anchor(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" style="${LINK}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

function blockText(b: EmailBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'heading':
      return `${b.text}\n${'-'.repeat(b.text.length)}`;
    case 'link':
      return `${b.label}: ${b.url}`;
    case 'facts':
      return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'items':
      return b.items.map((i) => [`- ${i.title}${i.amount ? ` — ${i.amount}` : ''}`, ...(i.detail ? [`  ${i.detail}`] : []), ...(i.url ? [`  ${i.url}`] : [])].join('\n')).join('\n');
  }
}

function blockHtml(b: EmailBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;font-size:15px;line-height:1.5;${FONT}">${lines(b.text)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:17px;${FONT}">${escapeHtml(b.text)}</h2>`;
    case 'link':
      return `<p style="margin:0 0 16px;font-size:15px;line-height:1.5;${FONT}">${escapeHtml(b.label)}: ${anchor(b.url, b.url)}</p>`;
    case 'facts':
      return `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:0 0 16px;border-collapse:collapse">${b.rows
        .map((r) => {
          const weight = r.strong ? 'font-weight:700;' : '';
          return `<tr><td style="padding:4px 12px 4px 0;font-size:14px;${weight}${FONT}">${escapeHtml(r.label)}</td><td style="padding:4px 0;font-size:14px;text-align:right;${weight}${FONT}">${lines(r.value)}</td></tr>`;
        })
        .join('')}</table>`;
    case 'items':
      return `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:0 0 16px;border-collapse:collapse">${b.items
        .map(
          (i) =>
            `<tr><td style="padding:8px 12px 8px 0;border-bottom:1px solid #e5e5e5;font-size:14px;${FONT}">${i.url ? anchor(i.url, i.title) : escapeHtml(i.title)}${i.detail ? `<br><span style="color:#555">${escapeHtml(i.detail)}</span>` : ''}</td><td style="padding:8px 0;border-bottom:1px solid #e5e5e5;font-size:14px;text-align:right;white-space:nowrap;${FONT}">${i.amount ? escapeHtml(i.amount) : ''}</td></tr>`,
        )
        .join('')}</table>`;
  }
}

/**
 * An e-mail from its subject and content blocks: the text part and the HTML part.
 *
 * @example
 * composeEmail('Order 1001 confirmed', [block.paragraph(`Hello ${name},`), block.link('Your order', url)])
 */
export function composeEmail(subject: string, blocks: readonly EmailBlock[]): RenderedEmail & { html: string } {
  const text = `${blocks.map(blockText).join('\n\n')}\n`;
  const body = blocks.map(blockHtml).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="background:#f4f4f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;background:#ffffff;border-radius:6px"><tr><td style="padding:24px">
${body}
</td></tr></table>
</td></tr></table>
</body></html>`;
  return { subject, text, html };
}
