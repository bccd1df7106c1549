// Test helpers for e-mail templates: what a reader sees in the HTML part, as plain text, so a
// test can check that the text and HTML parts carry the same facts and that markup a shopper
// typed stays text.
import type { RenderedEmail } from '../email-template.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The visible text of an HTML part: tags dropped, line breaks and cells as spaces, entities decoded once. */
export function visibleText(html: string): string {
  const body = html.replace(/^[\s\S]*<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each fact missing from the text part or from the HTML part's visible text (empty when both have all). */
export function missingFacts(email: RenderedEmail, facts: readonly string[]): string[] {
  const text = email.text.replace(/\s+/g, ' ');
  const html = visibleText(email.html ?? '');
  return facts.flatMap((fact) => [...(text.includes(fact) ? [] : [`text: ${fact}`]), ...(html.includes(fact) ? [] : [`html: ${fact}`])]);
}

/** Whether the HTML part holds `markup` as live markup rather than as escaped text. */
export function injects(email: RenderedEmail, markup: string): boolean {
  return (email.html ?? '').includes(markup);
}
