import { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { apiErrorCode, describeApiError, formFailure } from './api-error.ts';

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

describe('formFailure', () => {
  it('puts the API field errors next to the fields the form shows', () => {
    const cause = trpcError('An account with this e-mail already exists.', {
      code: 'CONFLICT',
      httpStatus: 409,
      fieldErrors: { email: ['An account with this e-mail already exists. Sign in, or reset your password if you forgot it.'] },
    });
    expect(formFailure(cause, ['email', 'name', 'password'])).toEqual({
      status: 409,
      message: 'An account with this e-mail already exists.',
      errors: { email: ['An account with this e-mail already exists. Sign in, or reset your password if you forgot it.'] },
    });
  });

  it('summarises invalid input and keeps errors of hidden fields in the message', () => {
    const cause = trpcError('bad', { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { city: ['Enter the city'], idempotencyKey: ['Too short'] } });
    expect(formFailure(cause, ['city'])).toEqual({ status: 400, message: 'Too short', errors: { city: ['Enter the city'] } });
    expect(formFailure(cause, ['city', 'idempotencyKey']).message).toBe('Please check the fields marked below.');
  });

  it('passes on the lockout message of a rate limit', () => {
    const cause = trpcError('Too many failed sign-in attempts. Try again in 15 minutes.', { code: 'TOO_MANY_REQUESTS', httpStatus: 429 });
    expect(formFailure(cause, [])).toMatchObject({ status: 429, message: 'Too many failed sign-in attempts. Try again in 15 minutes.' });
  });

  it('says nothing was changed when the API is unreachable', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = formFailure(TRPCClientError.from(new TypeError('fetch failed')), []);
    expect(failure.status).toBe(503);
    expect(failure.message).toMatch(/Nothing was changed/);
  });

  it('shows the API’s own words when it says a service is unavailable', () => {
    const cause = trpcError('We could not start the payment. Nothing was charged; please try again in a moment.', { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 });
    expect(formFailure(cause, [])).toEqual({ status: 503, message: 'We could not start the payment. Nothing was charged; please try again in a moment.', errors: {} });
  });

  it('reads the error code', () => {
    expect(apiErrorCode(trpcError('x', { code: 'UNAUTHORIZED', httpStatus: 401 }))).toBe('UNAUTHORIZED');
    expect(apiErrorCode(new Error('x'))).toBeNull();
  });
});
