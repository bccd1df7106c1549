// Calls a REST operation's procedure and says what to answer. The procedure runs through tRPC's
// caller with the request's context, so its middleware (session, partner key, domain-error
// mapping) and input validation are tRPC's own; errors go through the same formatter
// (error-formatter.ts) and are answered flat: { message, code, requestId, fieldErrors, issues }.
import { getErrorShape, getTRPCErrorFromUnknown, type TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { OpenAPIObject } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import { appRouter } from '../root.ts';
import { createCallerFactory, type ApiContext } from '../trpc.ts';
import { operationIdOf, restProcedures } from './document.ts';

/** How a query parameter's text becomes the value the procedure's input expects. */
export type QueryParamType = 'string' | 'number' | 'boolean';

/** One operation of the REST surface, as the REST host routes it. */
export interface RestRoute {
  method: string;
  /** The OpenAPI path, e.g. `/rest/v1/catalog/products/{slug}`. */
  path: string;
  /** The tRPC procedure, e.g. `catalog.bySlug`. */
  procedure: string;
  /** Whether the procedure takes input at all (else it is called with none). */
  hasInput: boolean;
  /** Input read from a JSON body (POST, PUT, PATCH) rather than from the query string. */
  readsBody: boolean;
  /** Path parameter names, in order. */
  pathParams: string[];
  /** The query parameters the document declares, with the type each is turned into. */
  queryParams: Record<string, QueryParamType>;
}

/** The routes of every published operation, from the document so both always agree. */
export function restRoutes(document: OpenAPIObject): RestRoute[] {
  const procedureOf = new Map(restProcedures().map(([path, procedure]) => [operationIdOf(path), { path, hasInput: procedure._def.inputs.length > 0 }]));
  const routes: RestRoute[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, OperationLike>)) {
      const procedure = procedureOf.get(operation.operationId);
      if (!procedure) continue;
      const parameters = operation.parameters ?? [];
      routes.push({
        method: method.toUpperCase(),
        path,
        procedure: procedure.path,
        hasInput: procedure.hasInput,
        readsBody: operation.requestBody !== undefined || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, queryParamType(p.schema)])),
      });
    }
  }
  return routes;
}

/** What to answer: a status and a JSON body. */
export interface RestAnswer {
  status: number;
  body: unknown;
  /** Set for an unexpected failure: what the host logs under the request id (never sent). */
  internalError?: unknown;
}

const createCaller = createCallerFactory(appRouter);

/** Runs the route's procedure with `input` in `ctx`, as tRPC would for the same call. */
export async function callRestProcedure(ctx: ApiContext, route: RestRoute, input: unknown): Promise<RestAnswer> {
  const caller = createCaller(ctx) as unknown as CallerTree;
  const call = route.procedure.split('.').reduce<CallerTree | Callable>((node, key) => (node as CallerTree)[key]!, caller) as Callable;
  try {
    return { status: 200, body: await call(route.hasInput ? input : undefined) };
  } catch (cause) {
    return restError(getTRPCErrorFromUnknown(cause), ctx, route);
  }
}

function restError(error: TRPCError, ctx: ApiContext, route: RestRoute): RestAnswer {
  const shape = getErrorShape({ config: appRouter._def._config, error, type: 'unknown', path: route.procedure, input: undefined, ctx });
  const data = shape.data as { code: string; requestId: string | null; fieldErrors: unknown; stack?: string };
  const issues = error.cause instanceof ZodError ? error.cause.issues.map(({ code, message, path }) => ({ code, message, path })) : undefined;
  const status = getHTTPStatusCodeFromError(error);
  const body = { message: shape.message, code: data.code, requestId: data.requestId, fieldErrors: data.fieldErrors, ...(issues ? { issues } : {}), ...(data.stack ? { stack: data.stack } : {}) };
  return { status, body, ...(error.code === 'INTERNAL_SERVER_ERROR' ? { internalError: error.cause ?? error } : {}) };
}

function queryParamType(schema: { type?: unknown } | undefined): QueryParamType {
  const type = schema?.type;
  return type === 'integer' || type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string';
}

type Callable = (input: unknown) => Promise<unknown>;
type CallerTree = { [key: string]: CallerTree | Callable };
type OperationLike = {
  operationId: string;
  requestBody?: unknown;
  parameters?: Array<{ in: string; name: string; schema?: { type?: unknown } }>;
};
