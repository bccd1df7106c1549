/** What kind of failure a domain error is; the API maps each kind to a transport error code. */
export type DomainErrorKind = 'not_found' | 'invalid_input' | 'conflict' | 'forbidden' | 'unauthorized' | 'rate_limited' | 'unavailable';

/**
 * A failure the caller can act on, with a message fit to show a shopper or partner.
 * Services throw these; the API layer turns them into tRPC errors.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field-level details, keyed by input path (e.g. `cursor`). */
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super('not_found', `No ${what} "${key}" was found.`);
  }
}

/** Too many attempts of something (sign-in, reset requests); `retryAt` is when it may be tried again. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super('rate_limited', message);
  }
}
