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
