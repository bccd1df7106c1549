// The HTML of the demo partner sites: what a partner would copy from the portal — the store's
// widget (element form) and the ring bar, with the plain-link fallback for visitors without
// JavaScript. Nothing else is loaded: the only script comes from the store's API host.
import { DEMO_RING, type DemoSite } from './demo-sites.ts';

export interface DemoSitePageOptions {
  /** The API host's public URL: widget.js, /widget/crosslinks and the ring's endpoints. */
  apiUrl: string;
  /** The storefront, for the partner's tracked link to the store. */
  storefrontUrl: string;
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#fbfaf7}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}header{border-bottom:1px solid #ddd;margin-bottom:1rem}
a{color:#1a5fb4}a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}.note{color:#555;font-size:.9rem}`;

function ringFallback(apiUrl: string, site: string): string {
  const base = escapeHtml(new URL(`/rings/${DEMO_RING.slug}`, apiUrl).href);
  const from = escapeHtml(site);
  return `<noscript><nav aria-label="${escapeHtml(DEMO_RING.name)}"><a href="${base}/prev?from=${from}" rel="prev">← Previous</a> | <a href="${base}">${escapeHtml(DEMO_RING.name)}</a> | <a href="${base}/random?from=${from}">Random site</a> | <a href="${base}/next?from=${from}" rel="next">Next →</a></nav></noscript>`;
}

function layout(site: DemoSite, options: DemoSitePageOptions, heading: string, body: string): string {
  const code = escapeHtml(site.partnerCode);
  const widgetJs = escapeHtml(new URL('/widget.js', options.apiUrl).href);
  const storeLink = escapeHtml(new URL(`/r/${site.partnerCode}?src=link`, options.storefrontUrl).href);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading === site.title ? heading : `${heading} · ${site.title}`)}</title><style>${CSS}</style>
<script src="${widgetJs}" async></script></head>
<body><main>
<header><p><a href="/">${escapeHtml(site.title)}</a></p>
<tandem-ringbar ring="${DEMO_RING.slug}" site="${code}" label="${escapeHtml(DEMO_RING.name)}"></tandem-ringbar>${ringFallback(options.apiUrl, site.partnerCode)}</header>
<h1>${escapeHtml(heading)}</h1>
${body}
<h2>From the store we ride with</h2>
<tandem-crosslinks partner="${code}" context="${escapeHtml(site.widgetContext)}" limit="4"></tandem-crosslinks>
<p><a href="${storeLink}">Visit the store</a></p>
<p class="note">A demo partner site served by Tandem's start command, so the ring bar and the widget can be tried locally.</p>
</main></body></html>`;
}

/** The site's page at `path`, or null when it has none. */
export function demoSitePage(site: DemoSite, path: string, options: DemoSitePageOptions): string | null {
  if (path === '/') return layout(site, options, site.title, `<p>${escapeHtml(site.intro)}</p>`);
  const page = site.pages[path];
  return page ? layout(site, options, page.heading, `<p>${escapeHtml(page.text)}</p>`) : null;
}
