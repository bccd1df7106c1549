// Reads a REST call's input from the request: path parameters, then the query string (GET,
// DELETE) or a JSON body (POST, PUT, PATCH). Query texts become numbers or booleans only when
// they spell one exactly; anything else stays text so the procedure's zod schema refuses it with
// a field error, never a server error.
import type { QueryParamType, RestRoute } from '@tandem/api';
import { decodePathSegment } from '../path-segment.ts';

/** A route matched against a URL path, with its decoded path parameters. */
export interface RestMatch {
  route: RestRoute;
  params: Record<string, string>;
}

/** A compiled route table: `match` finds the route, or says which methods the path has. */
export interface RestRouter {
  match(method: string, pathname: string): RestMatch | { allowed: string[] } | null;
}

/** Compiles `routes`; a path segment that is not text (bad percent-encoding, NUL) matches nothing. */
export function createRestRouter(routes: readonly RestRoute[]): RestRouter {
  const compiled = routes.map((route) => ({ route, pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '([^/]+)')}/?$`) }));
  return {
    match(method, pathname) {
      const allowed: string[] = [];
      for (const { route, pattern } of compiled) {
        const found = pattern.exec(pathname);
        if (!found) continue;
        const values = found.slice(1).map(decodePathSegment);
        if (values.some((value) => value === null)) continue;
        if (route.method !== method) {
          allowed.push(route.method);
          continue;
        }
        return { route, params: Object.fromEntries(route.pathParams.map((name, i) => [name, values[i]!])) };
      }
      return allowed.length ? { allowed } : null;
    },
  };
}

/** The input of a GET/DELETE call: the declared query parameters (first value of each) and the path parameters. */
export function queryInput(match: RestMatch, query: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(match.route.queryParams)) {
    const text = query.get(name);
    if (text !== null) input[name] = fromText(text, type);
  }
  return { ...input, ...match.params };
}

/** The input of a body call: the parsed JSON with the path parameters laid over an object. */
export function bodyInput(match: RestMatch, body: unknown): unknown {
  if (!Object.keys(match.params).length) return body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body, ...match.params } : body ?? match.params;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function fromText(text: string, type: QueryParamType): unknown {
  if (type === 'number') return NUMBER.test(text) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}
