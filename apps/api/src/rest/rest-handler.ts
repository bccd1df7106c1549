// The REST surface under /rest/v1: finds the operation, reads its input within the same body
// limit as tRPC (request-limits.ts), builds the context with the same reader of headers and
// client address (request-auth.ts, handed over by server.ts) and runs the procedure through
// @tandem/api's callRestProcedure, so auth, validation and the error formatter are tRPC's own.
// Unexpected failures are logged under the request id; the formatter answers its fixed sentence.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { callRestProcedure, createApiContext, type ApiServices, type RequestAuth, type RestRoute } from '@tandem/api';
import { requestIdOf } from '../request-id.ts';
import { requestLog } from '../request-log.ts';
import { labelRoute } from '../request-observer.ts';
import { MAX_TRPC_BODY_BYTES, readBoundedBody } from '../request-limits.ts';
import { bodyInput, createRestRouter, queryInput } from './rest-input.ts';

export interface RestHandlerOptions {
  services: ApiServices;
  routes: readonly RestRoute[];
  /** The tRPC route's reader of credentials and client address (request-auth.ts). */
  readAuth: (req: IncomingMessage) => RequestAuth;
  exposeErrorDetails: boolean;
}

/** The handler of every request under /rest/. */
export function createRestHandler({ services, routes, readAuth, exposeErrorDetails }: RestHandlerOptions) {
  const router = createRestRouter(routes);
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = requestIdOf(req);
    const method = req.method ?? 'GET';
    const match = router.match(method, url.pathname);
    labelRoute(req, match && 'route' in match ? `${method} ${match.route.path}` : 'rest:unknown');
    if (!match) return fail(res, 404, 'NOT_FOUND', 'There is no such operation; /openapi.json lists them.', requestId);
    if ('allowed' in match) {
      res.setHeader('Allow', match.allowed.join(', '));
      return fail(res, 405, 'METHOD_NOT_SUPPORTED', `This operation answers ${match.allowed.join(', ')} only.`, requestId);
    }
    let input: unknown;
    if (match.route.readsBody) {
      if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
        return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the input as JSON, with Content-Type: application/json.', requestId);
      }
      const body = await readBoundedBody(req, res, MAX_TRPC_BODY_BYTES, (message) => errorBody('PAYLOAD_TOO_LARGE', message, requestId));
      if (body === null) return;
      const parsed = parseJson(body.toString('utf8'));
      if (!parsed.ok) return fail(res, 400, 'PARSE_ERROR', 'The request body is not valid JSON.', requestId);
      input = bodyInput(match, parsed.value);
    } else {
      input = queryInput(match, url.searchParams);
    }
    const ctx = createApiContext(services, readAuth(req), { id: requestId, exposeErrorDetails });
    const answer = await callRestProcedure(ctx, match.route, input);
    if (answer.internalError !== undefined) requestLog(req).error({ err: answer.internalError }, `REST ${method} ${match.route.path} failed`);
    reply(res, answer.status, answer.body);
  };
}

/** Answers a request the REST host refuses itself, in the shape of the procedures' errors. */
function fail(res: ServerResponse, status: number, code: string, message: string, requestId: string): void {
  reply(res, status, errorBody(code, message, requestId));
}

// The Error schema of the OpenAPI document (packages/api/src/openapi/document.ts).
function errorBody(code: string, message: string, requestId: string) {
  return { message, code, requestId, fieldErrors: null };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body ?? null));
}

// An empty body is no input at all: a procedure whose input is optional accepts it.
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
