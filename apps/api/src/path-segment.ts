// Decodes a percent-encoded URL path segment for the plain HTTP routes (media, web rings), which
// read paths themselves instead of going through tRPC's validators.
import { line } from '@tandem/validators';

/**
 * The decoded text of `raw`, or null when it is not text: bad percent-encoding (`%E0`), which
 * makes `decodeURIComponent` throw, or a control character such as NUL, refused like any text
 * input (see @tandem/validators' `line`). The caller answers null with a 404.
 */
export function decodePathSegment(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return line().safeParse(decoded).success ? decoded : null;
}
