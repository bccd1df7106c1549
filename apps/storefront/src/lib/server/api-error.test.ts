import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeApiError } from './api-error.ts';

function trpcError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('describeApiError', () => {
  it('maps NOT_FOUND to 404 with the API message', () => {
    const failure = describeApiError(trpcError('No product "x" was found.', { code: 'NOT_FOUND', httpStatus: 404 }));
    expect(failure).toEqual({ status: 404, message: 'No product "x" was found.' });
  });

  it('maps BAD_REQUEST to 400 naming the fields that were wrong', () => {
    const failure = describeApiError(
      trpcError('[{"code":"custom"}]', { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { cursor: ['The cursor is invalid'] } }),
    );
    expect(failure).toEqual({
      status: 400,
      message: 'Some of the request was not valid (cursor: The cursor is invalid).',
      fields: ['cursor'],
    });
  });

  it('never shows a raw zod issue list', () => {
    const failure = describeApiError(trpcError('[{"code":"too_big"}]', { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: null }));
    expect(failure.message).toBe('Some of the request was not valid.');
  });

  it('reports an unreachable API as 503', () => {
    const failure = describeApiError(TRPCClientError.from(new TypeError('fetch failed')));
    expect(failure.status).toBe(503);
  });

  it('hides internal server errors behind 502', () => {
    const failure = describeApiError(trpcError('db down', { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 }));
    expect(failure.status).toBe(502);
  });
});
