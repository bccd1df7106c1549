// One id per front-end request: made when the storefront or admin server receives a page or
// form request, sent with every API call that request makes (api-auth.ts, as X-Request-Id) and
// returned to the browser, so a reference a shopper quotes finds the lines of both servers.
import { randomUUID } from 'node:crypto';

/** The header the id travels in, to the API and back to the browser. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A fresh request id (a UUID: the shape the API accepts from trusted callers). */
export function newRequestId(): string {
  return randomUUID();
}

/** `response` with the request id header; one with immutable headers (passed through from `fetch`) is copied first. */
export function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
}
