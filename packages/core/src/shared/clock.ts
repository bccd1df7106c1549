// The clock port: where "now" comes from. The composition root (apps/api) builds one and carries it
// in the API's services, so jobs and routers read time from one place a test or a demo can set.
// Core functions keep their `now = new Date()` defaults; callers that hold a Clock pass `clock.now()`.

/**
 * A source of the current time.
 *
 * @example
 * const clock: Clock = { now: () => new Date('2026-12-01T10:00:00Z') }; // a fixed clock in a test
 * await expireUnpaidOrders(prisma, clock.now());
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
