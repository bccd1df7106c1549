// An e-mail's HTML part made safe to show inside the admin: it goes into a sandboxed iframe's
// `srcdoc` (no scripts, an opaque origin), and carries its own Content-Security-Policy so it
// cannot load anything either — a tracking pixel or remote font would tell the sender a member
// of staff opened the e-mail.

/** The policy every previewed e-mail runs under: inline styles and inline images only. */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`;

/**
 * `html` with the preview policy as the first thing in its head (a policy only binds what
 * follows it), ready for `<iframe sandbox srcdoc>`.
 */
export function previewDocument(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + META + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<head>${META}</head>${html.slice(at)}`;
}
