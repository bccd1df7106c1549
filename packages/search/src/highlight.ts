// Highlights travel between engine and shopper as segments, never as HTML: the storefront
// renders the matched parts in <mark> without ever trusting markup from product data.
import type { TextSegment } from './port.ts';

/** Markers wrapped around matches by the engines (characters product text never contains). */
export const MATCH_START = '\u2983';
export const MATCH_END = '\u2984';

/** Splits text carrying MATCH_START/MATCH_END markers into plain and matched segments. */
export function segmentsFromMarked(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  let rest = marked;
  while (rest) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) break;
    const end = rest.indexOf(MATCH_END, start + 1);
    if (end === -1) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, end), true);
    rest = rest.slice(end + 1);
  }
  push(rest.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''), false);
  return segments;
}

/** True when some part of the text matched. */
export function hasMatch(segments: TextSegment[]): boolean {
  return segments.some((segment) => segment.match);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Widens every matched part to the whole words it touches: Meilisearch marks only the matched
 * prefix or the typo'd span (`[Helm]et`), PostgreSQL marks whole words, and the shopper should
 * see the same on both (issue #18).
 *
 * @example wholeWordSegments(segmentsFromMarked('⦃Helm⦄et Aero')) // [{ text: 'Helmet', match: true }, { text: ' Aero', match: false }]
 */
export function wholeWordSegments(segments: TextSegment[]): TextSegment[] {
  const parts = segments.map((segment) => ({ ...segment }));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.match) continue;
    const before = parts[i - 1];
    if (before && WORD_CHAR.test(part.text.slice(0, 1))) {
      const tail = trailingWord(before.text);
      before.text = before.text.slice(0, before.text.length - tail.length);
      part.text = tail + part.text;
    }
    const after = parts[i + 1];
    if (after && !after.match && WORD_CHAR.test([...part.text].at(-1) ?? '')) {
      const head = leadingWord(after.text);
      after.text = after.text.slice(head.length);
      part.text += head;
    }
  }
  const merged: TextSegment[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else merged.push(part);
  }
  return merged;
}

function leadingWord(text: string): string {
  return /^[\p{L}\p{M}\p{N}]*/u.exec(text)?.[0] ?? '';
}

function trailingWord(text: string): string {
  return /[\p{L}\p{M}\p{N}]*$/u.exec(text)?.[0] ?? '';
}
