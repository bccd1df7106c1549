// Test support for the API fuzzers: what every answer of the API must be, whatever was sent —
// never a server error, never a trace of the server's insides, and every error a JSON body that
// quotes the request id (the `X-Request-Id` header) so support can find the log lines.

/** One answer as the fuzzer saw it. */
export interface Answer {
  status: number;
  requestId: string | null;
  contentType: string;
  body: string;
}

const LEAKS: readonly [string, RegExp][] = [
  ['a stack trace', /\n\s+at \S|\bat (?:async )?[\w.<>]+ \(/],
  ['an absolute path', /(?:^|[\s"'(=])\/(?:home|work|usr|tmp|root|app|var|opt)\/[\w./-]+/],
  ['"prisma"', /prisma/i],
  ['"node_modules"', /node_modules/],
];

/**
 * What is wrong with `answer`, in words; empty when nothing is. `apiErrors` (the default) asks
 * errors for JSON quoting the request id; the routes that serve files and pages to browsers
 * (media, sitemaps, feeds, the widget, web rings) answer in their own formats, and need only
 * carry the id in the `X-Request-Id` header.
 */
export function problemsOf(answer: Answer, { apiErrors = true } = {}): string[] {
  if (answer.status === 0) return [answer.body];
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  for (const [what, pattern] of LEAKS) if (pattern.test(answer.body)) problems.push(`the body shows ${what}`);
  if (answer.status >= 400) problems.push(...(apiErrors ? errorShapeProblems(answer) : answer.requestId ? [] : ['no X-Request-Id header']));
  return problems;
}

function errorShapeProblems(answer: Answer): string[] {
  if (!answer.contentType.includes('application/json')) return [`an error answered as ${answer.contentType || 'no content type'}, not JSON`];
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return ['an error body that is not JSON'];
  }
  // A tRPC batch answers a list, one entry per call.
  const errors = (Array.isArray(body) ? body : [body]).filter((entry) => entry && typeof entry === 'object' && 'error' in entry);
  if (errors.length === 0) return ['an error body without an "error"'];
  if (!answer.requestId) return ['no X-Request-Id header'];
  return errors.some((entry) => !JSON.stringify(entry).includes(answer.requestId!)) ? ['an error body that does not quote the request id'] : [];
}
