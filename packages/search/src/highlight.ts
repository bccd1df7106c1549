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
