// A tiny partner website on another origin: a page that embeds the widget (both forms) and the
// ring bar, with hostile CSS of its own, for the widget spec and `pnpm bench:widget`.
import http from 'node:http';

export interface FakePartnerPage {
  apiUrl: string;
  partnerCode: string;
  context: string;
  ringSlug?: string;
}

/** CSS a careless partner might have: it must not reach into the widget. */
export const HOSTILE_CSS = `* { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; }
a { display: none !important; } ul, li { list-style: square !important; } img { display: none !important; }`;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function partnerPageHtml(page: FakePartnerPage): string {
  const ring = page.ringSlug ? `<tandem-ringbar ring="${escape(page.ringSlug)}" site="${escape(page.partnerCode)}" label="E2E ring"></tandem-ringbar>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner's blog</title><style>${HOSTILE_CSS}</style></head>
<body><h1>Rides of the week</h1><p>Some text about road bikes.</p>
<script src="${page.apiUrl}/widget.js" data-partner="${escape(page.partnerCode)}" data-context="${escape(page.context)}" data-limit="4" async></script>
${ring}
</body></html>`;
}

/** The same page with static markup where the widget would be: the baseline of the render bench. */
export function staticBaselineHtml(products: { name: string; url: string }[]): string {
  const items = products.map((p) => `<li><a href="${escape(p.url)}">${escape(p.name)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><h1>Rides of the week</h1><ul id="static">${items}</ul></body></html>`;
}

/** Serves `pages` (path → HTML) on 127.0.0.1:`port`; resolves with a function that stops it. */
export function startFakePartnerSite(port: number, pages: Record<string, () => string>): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.statusCode = page ? 200 : 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(page ? page() : 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve(
        () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      ),
    );
  });
}
