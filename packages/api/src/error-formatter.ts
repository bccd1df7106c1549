// What a tRPC error tells the caller. Input and domain errors keep their readable message and
// field errors: they are for the shopper. Anything unexpected (a database error, a bug) answers
// a fixed sentence with the request id; its message, stack and cause stay in the server log,
// which carries the same id (apps/api logs them in `onError`).
import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { DomainError } from '@tandem/core/shared';
import { ReauthRequiredError } from '@tandem/core/staff';
import { z, ZodError } from 'zod';
import { currentRequestId } from './request-scope.ts';
import type { ApiContext } from './trpc.ts';

/** The one sentence every unexpected failure answers, with the id to quote to support. */
export function internalErrorMessage(requestId: string | null): string {
  return requestId ? `Something went wrong on our side. Reference ${requestId}.` : 'Something went wrong on our side.';
}

/**
 * The tRPC `errorFormatter`: `data.code` (tRPC's code name) is the stable error code,
 * `data.requestId` the request's id, `data.fieldErrors` the input fields to fix (or null),
 * `data.reason` (only when set) what the client can do about a FORBIDDEN: `'REAUTH_REQUIRED'`.
 * A stack is added only when the host said it runs in development.
 */
export function formatApiError({ shape, error, ctx }: { shape: TRPCDefaultErrorShape; error: TRPCError; ctx: ApiContext | undefined }) {
  // Without a context (tRPC refused the request before making one) the host's request scope has the id.
  const requestId = ctx?.request.id ?? currentRequestId();
  // tRPC's own stack, if any, is dropped: it names files on the server and dependency versions.
  const { stack: _stack, ...data } = shape.data;
  const expected = error.code !== 'INTERNAL_SERVER_ERROR';
  const cause = error.cause;
  const fieldErrors = !expected ? null : cause instanceof ZodError ? z.flattenError(cause).fieldErrors : cause instanceof DomainError ? (cause.fields ?? null) : null;
  // tRPC's own message for invalid input is the raw JSON list of zod issues; say it in words.
  const message = !expected ? internalErrorMessage(requestId) : cause instanceof ZodError ? z.prettifyError(cause) : shape.message;
  const stack = ctx?.request.exposeErrorDetails ? (cause ?? error).stack : undefined;
  const reason = cause instanceof ReauthRequiredError ? { reason: cause.reason } : {};
  return { ...shape, message, data: { ...data, fieldErrors, requestId, ...reason, ...(stack ? { stack } : {}) } };
}
