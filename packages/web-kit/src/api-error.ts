// Turns failed API calls into SvelteKit HTTP errors shoppers can read: NOT_FOUND → 404,
// BAD_REQUEST → 400 with the fields that were wrong, an unreachable API → 503.
import { error } from '@sveltejs/kit';
import { isTRPCClientError } from '@trpc/client';

export interface ApiFailure {
  status: number;
  message: string;
  /** For a 400: the input fields the API rejected. */
  fields?: string[];
}

const UNAVAILABLE = "The shop's catalogue is unavailable right now. Please try again in a moment.";

/** The HTTP status and message for an error thrown by a tRPC call. */
export function describeApiError(cause: unknown): ApiFailure {
  if (!isTRPCClientError(cause)) return { status: 500, message: 'Something went wrong on our side.' };
  const data = cause.data as { code?: string; httpStatus?: number; fieldErrors?: Record<string, string[] | undefined> | null } | null | undefined;
  if (!data?.code) return { status: 503, message: UNAVAILABLE };
  switch (data.code) {
    case 'NOT_FOUND':
      return { status: 404, message: readable(cause.message, 'We could not find that page.') };
    case 'BAD_REQUEST':
      return {
        status: 400,
        message: badRequestMessage(cause.message, data.fieldErrors ?? null),
        fields: Object.keys(data.fieldErrors ?? {}),
      };
    default:
      return data.httpStatus && data.httpStatus < 500
        ? { status: data.httpStatus, message: readable(cause.message, 'That request could not be handled.') }
        : { status: 502, message: UNAVAILABLE };
  }
}

/** Rethrows any API failure as a SvelteKit `error()`; use as `.catch(rethrowApiError)`. */
export function rethrowApiError(cause: unknown): never {
  const { status, message } = describeApiError(cause);
  if (status >= 500) console.error('API call failed:', cause);
  error(status, message);
}

function badRequestMessage(message: string, fieldErrors: Record<string, string[] | undefined> | null): string {
  const fields = Object.entries(fieldErrors ?? {}).flatMap(([field, problems]) =>
    problems?.length ? [`${field}: ${problems.join(', ')}`] : [],
  );
  if (fields.length) return `Some of the request was not valid (${fields.join('; ')}).`;
  return readable(message, 'Some of the request was not valid.');
}

/** tRPC puts zod issue lists (JSON) in `message` for input errors; never show those. */
function readable(message: string, fallback: string): string {
  const text = message.trim();
  return text && !text.startsWith('[') && !text.startsWith('{') ? text : fallback;
}

/** What a form shows after the API refused its input. */
export interface FormFailure {
  /** For `fail(status, …)`: 400 for invalid input, else the API's own 4xx (409, 401, 429), 503 when unreachable. */
  status: number;
  message: string;
  /** Messages per form field, from the API's `fieldErrors`. */
  errors: Record<string, string[]>;
}

const FORM_UNAVAILABLE = 'We could not reach the shop just now. Nothing was changed; please try again in a moment.';

/**
 * Turns an API error from a form action into field messages and one summary line. Field errors
 * on fields the form does not show (`shownFields`) go into the summary so none are lost.
 */
export function formFailure(cause: unknown, shownFields: readonly string[]): FormFailure {
  const failure = describeApiError(cause);
  // Raised on purpose by the API with a message for shoppers ("We could not start the payment…").
  if (apiErrorCode(cause) === 'SERVICE_UNAVAILABLE' && cause instanceof Error) {
    return { status: 503, message: readable(cause.message, FORM_UNAVAILABLE), errors: {} };
  }
  if (failure.status >= 500) {
    console.error('API call from a form failed:', cause);
    return { status: 503, message: FORM_UNAVAILABLE, errors: {} };
  }
  const errors: Record<string, string[]> = {};
  const hidden: string[] = [];
  for (const [field, problems] of Object.entries(fieldErrorsOf(cause))) {
    if (!problems?.length) continue;
    if (shownFields.includes(field)) errors[field] = problems;
    else hidden.push(...problems);
  }
  if (failure.status !== 400) return { status: failure.status, message: failure.message, errors };
  if (hidden.length) return { status: 400, message: hidden.join(' '), errors };
  return { status: 400, message: Object.keys(errors).length ? 'Please check the fields marked below.' : failure.message, errors };
}

function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> {
  if (!isTRPCClientError(cause)) return {};
  const data = cause.data as { fieldErrors?: Record<string, string[] | undefined> | null } | null | undefined;
  return data?.fieldErrors ?? {};
}

/**
 * What the client can do about a refusal, when the API says (`data.reason`): `'REAUTH_REQUIRED'`
 * means "ask for the password again (staff.reauthenticate), then retry".
 */
export function apiErrorReason(cause: unknown): string | null {
  if (!isTRPCClientError(cause)) return null;
  return (cause.data as { reason?: string } | null | undefined)?.reason ?? null;
}

/** The tRPC error code of a failed call (`'CONFLICT'`, `'UNAUTHORIZED'`…), if it has one. */
export function apiErrorCode(cause: unknown): string | null {
  if (!isTRPCClientError(cause)) return null;
  return (cause.data as { code?: string } | null | undefined)?.code ?? null;
}
