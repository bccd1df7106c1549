import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { DomainError } from '@tandem/core/shared';
import { ReauthRequiredError } from '@tandem/core/staff';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatApiError } from './error-formatter.ts';
import type { ApiContext } from './trpc.ts';

const context = (exposeErrorDetails = false) => ({ request: { id: 'req-12345678', exposeErrorDetails } }) as ApiContext;

function format(error: TRPCError, ctx: ApiContext | undefined) {
  const shape = getTRPCErrorShape({ config: { isDev: true, errorFormatter: ({ shape }: { shape: unknown }) => shape } as never, error, type: 'query', path: 'p', input: undefined, ctx });
  return formatApiError({ shape, error, ctx });
}

describe('formatApiError', () => {
  it('hides a zod error that came from inside the server, not from the input', () => {
    const internal = z.object({ secretColumn: z.string() }).safeParse({}).error;
    const formatted = format(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: internal }), context());
    expect(formatted.message).toBe('Something went wrong on our side. Reference req-12345678.');
    expect(formatted.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', fieldErrors: null, requestId: 'req-12345678' });
    expect(JSON.stringify(formatted)).not.toMatch(/secretColumn|stack/);
  });

  it('keeps the message and fields of a domain error', () => {
    const cause = new DomainError('invalid_input', 'That code has expired.', { code: ['That code has expired.'] });
    const formatted = format(new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause }), context());
    expect(formatted.message).toBe('That code has expired.');
    expect(formatted.data.fieldErrors).toEqual({ code: ['That code has expired.'] });
  });

  it('tells the client when a refusal only needs the password again, and says nothing otherwise', () => {
    const cause = new ReauthRequiredError();
    const formatted = format(new TRPCError({ code: 'FORBIDDEN', message: cause.message, cause }), context());
    expect(formatted.data).toMatchObject({ code: 'FORBIDDEN', reason: 'REAUTH_REQUIRED' });
    const other = new DomainError('forbidden', 'Not yours.');
    expect(format(new TRPCError({ code: 'FORBIDDEN', message: other.message, cause: other }), context()).data).not.toHaveProperty('reason');
  });

  it('adds the stack of the cause only when the host runs in development', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('relation "x" does not exist') });
    expect(format(error, context(true)).data.stack).toMatch(/^Error: relation "x" does not exist\n\s+at /);
    expect(format(error, context(false)).data).not.toHaveProperty('stack');
  });

  it('says what happened without an id when the request never got a context', () => {
    expect(format(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('boom') }), undefined).message).toBe('Something went wrong on our side.');
  });
});
