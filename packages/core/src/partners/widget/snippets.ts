// The code partners copy into their pages: the element form, the one-tag form and, for rings,
// the plain-HTML fallback. Values are HTML-escaped, since a partner's own text (the context)
// ends up inside attributes.

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface WidgetSnippetInput {
  /** The API host's public base URL, where the script and data live. */
  apiUrl: string;
  version: string;
  partnerCode: string;
  context?: string;
  limit?: number;
}

export interface WidgetSnippets {
  scriptUrl: string;
  versionedScriptUrl: string;
  /** `<script …></script>` + `<tandem-crosslinks …>`: the element where it should appear. */
  element: string;
  /** One tag that inserts the widget right after itself. */
  scriptTag: string;
}

export function widgetSnippets(input: WidgetSnippetInput): WidgetSnippets {
  const scriptUrl = new URL('/widget.js', input.apiUrl).href;
  const versionedScriptUrl = new URL(`/widget/v${input.version}.js`, input.apiUrl).href;
  const attrs = [`partner="${escapeHtml(input.partnerCode)}"`];
  const data = [`data-partner="${escapeHtml(input.partnerCode)}"`];
  if (input.context) {
    attrs.push(`context="${escapeHtml(input.context)}"`);
    data.push(`data-context="${escapeHtml(input.context)}"`);
  }
  if (input.limit) {
    attrs.push(`limit="${input.limit}"`);
    data.push(`data-limit="${input.limit}"`);
  }
  return {
    scriptUrl,
    versionedScriptUrl,
    element: `<script src="${scriptUrl}" async></script>\n<tandem-crosslinks ${attrs.join(' ')}></tandem-crosslinks>`,
    scriptTag: `<script src="${scriptUrl}" ${data.join(' ')} async></script>`,
  };
}

export interface RingSnippets {
  element: string;
  scriptTag: string;
  /** Plain links for pages that run no script: prev / index / random / next. */
  fallback: string;
}

export function ringSnippets(input: { apiUrl: string; ringSlug: string; ringName: string; siteCode: string }): RingSnippets {
  const ring = escapeHtml(input.ringSlug);
  const site = escapeHtml(input.siteCode);
  const scriptUrl = new URL('/widget.js', input.apiUrl).href;
  const base = new URL(`/rings/${input.ringSlug}`, input.apiUrl).href;
  return {
    element: `<script src="${scriptUrl}" async></script>\n<tandem-ringbar ring="${ring}" site="${site}" label="${escapeHtml(input.ringName)}"></tandem-ringbar>`,
    scriptTag: `<script src="${scriptUrl}" data-ring="${ring}" data-site="${site}" data-label="${escapeHtml(input.ringName)}" async></script>`,
    fallback: [
      `<nav aria-label="${escapeHtml(input.ringName)}">`,
      `  <a href="${base}/prev?from=${site}" rel="prev">← Previous</a> |`,
      `  <a href="${base}">${escapeHtml(input.ringName)}</a> |`,
      `  <a href="${base}/random?from=${site}">Random site</a> |`,
      `  <a href="${base}/next?from=${site}" rel="next">Next →</a>`,
      `</nav>`,
    ].join('\n'),
  };
}
