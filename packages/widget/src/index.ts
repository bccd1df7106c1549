// The script partners embed. It reads where it came from (its own src is the API host), registers
// the elements and, in the one-tag form, inserts its element after itself. Nothing is stored on
// the partner's domain: no cookies, no localStorage.
import { defineWidgetElements, insertFromScriptTag } from './elements.ts';
import { safeHttpUrl } from './validate.ts';

try {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const src = safeHttpUrl(script?.dataset.api || script?.src);
  if (src && typeof customElements !== 'undefined') {
    defineWidgetElements(window, { apiBase: new URL(src).origin, fetch: window.fetch.bind(window) });
    if (script) insertFromScriptTag(script);
  }
} catch (error) {
  // A broken widget must never break the partner's page.
  console.warn('tandem widget:', error);
}
