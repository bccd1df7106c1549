// The custom elements. Every failure (network, bad JSON, unknown partner) ends quietly: the
// element hides itself and nothing is thrown into the partner's page.
import { CROSSLINKS_CSS, RINGBAR_CSS } from './styles.ts';
import { renderCrosslinks, renderRingbar, ringbarLinks } from './render.ts';
import { parseCrosslinks, readLimit, safeCode, type CrosslinksData } from './validate.ts';

export interface WidgetEnvironment {
  /** Origin of the API host that served the script. */
  apiBase: string;
  fetch: typeof fetch;
  /** How long to wait for the API before giving up, in ms. */
  timeoutMs?: number;
}

/** Fetches and validates crosslinks; null on any failure. No cookies go along (`credentials: 'omit'`). */
export async function loadCrosslinks(env: WidgetEnvironment, partner: string, context: string, limit: number): Promise<CrosslinksData | null> {
  const query = new URLSearchParams({ partner, limit: String(limit) });
  if (context) query.set('context', context.slice(0, 100));
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), env.timeoutMs ?? 8000);
  try {
    const response = await env.fetch(`${env.apiBase}/widget/crosslinks?${query}`, { credentials: 'omit', mode: 'cors', signal: abort.signal });
    if (!response.ok) return null;
    return parseCrosslinks(await response.json());
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Registers `<tandem-crosslinks>` and `<tandem-ringbar>` in `win` (once). */
export function defineWidgetElements(win: Window & typeof globalThis, env: WidgetEnvironment): void {
  class TandemCrosslinks extends win.HTMLElement {
    connectedCallback(): void {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const partner = safeCode(this.getAttribute('partner'));
      if (!partner) {
        this.hidden = true;
        return;
      }
      const locale = this.ownerDocument.documentElement.lang;
      loadCrosslinks(env, partner, this.getAttribute('context') ?? '', readLimit(this.getAttribute('limit')))
        .then((data) => {
          const shown = data ? renderCrosslinks(root, data, CROSSLINKS_CSS, locale) : 0;
          this.hidden = shown === 0;
          this.dispatchEvent(new win.CustomEvent('tandem:rendered', { detail: { products: shown } }));
        })
        .catch(() => {
          this.hidden = true;
        });
    }
  }

  class TandemRingbar extends win.HTMLElement {
    connectedCallback(): void {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const ring = safeCode(this.getAttribute('ring'));
      const site = safeCode(this.getAttribute('site'));
      if (!ring || !site) {
        this.hidden = true;
        return;
      }
      renderRingbar(root, ringbarLinks(env.apiBase, ring, site, this.getAttribute('label')), RINGBAR_CSS);
    }
  }

  if (!win.customElements.get('tandem-crosslinks')) win.customElements.define('tandem-crosslinks', TandemCrosslinks);
  if (!win.customElements.get('tandem-ringbar')) win.customElements.define('tandem-ringbar', TandemRingbar);
}

/**
 * The one-script-tag form: `<script src=".../widget.js" data-partner="CODE" data-context="…">`
 * (or `data-ring` + `data-site` for the ring bar) puts the element right after the script.
 */
export function insertFromScriptTag(script: HTMLScriptElement): HTMLElement | null {
  const data = script.dataset;
  const doc = script.ownerDocument;
  let element: HTMLElement | null = null;
  if (data.partner) {
    element = doc.createElement('tandem-crosslinks');
    element.setAttribute('partner', data.partner);
    if (data.context) element.setAttribute('context', data.context);
    if (data.limit) element.setAttribute('limit', data.limit);
  } else if (data.ring && data.site) {
    element = doc.createElement('tandem-ringbar');
    element.setAttribute('ring', data.ring);
    element.setAttribute('site', data.site);
    if (data.label) element.setAttribute('label', data.label);
  }
  if (element) script.after(element);
  return element;
}
