// tRPC initialisation: the request context, the error formatter and the base procedures.
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError, type DomainErrorKind } from '@tandem/core/shared';
import { z, ZodError } from 'zod';
import type { createApiContext } from './context.ts';

/** What every procedure gets: the process-wide services and what the request says about itself. */
export type ApiContext = ReturnType<typeof createApiContext>;

const t = initTRPC.context<ApiContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? z.flattenError(cause).fieldErrors
        : cause instanceof DomainError
          ? cause.fields
          : undefined;
    // tRPC's own message for invalid input is the raw JSON list of zod issues; say it in words.
    const message = cause instanceof ZodError ? z.prettifyError(cause) : shape.message;
    return { ...shape, message, data: { ...shape.data, fieldErrors: fieldErrors ?? null } };
  },
});

const CODES: Record<DomainErrorKind, TRPCError['code']> = {
  not_found: 'NOT_FOUND',
  invalid_input: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
  unauthorized: 'UNAUTHORIZED',
  rate_limited: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
};

/** Turns domain errors thrown by core services into tRPC errors with the same message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);

/** Procedures for any shopper: `ctx.customer` is set when a valid session token came along. */
export const shopperProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.auth.sessionToken;
  const customer = token ? await ctx.services.accounts.authenticate(token) : null;
  return next({ ctx: { ...ctx, customer } });
});

/** Procedures for a signed-in customer: `ctx.customer` is who they are. */
export const customerProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.auth.sessionToken;
  const customer = token ? await ctx.services.accounts.authenticate(token) : null;
  if (!customer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return next({ ctx: { ...ctx, customer } });
});

/** Procedures for store administrators. */
export const adminProcedure = customerProcedure.use(({ ctx, next }) => {
  if (!ctx.customer.roles.includes('ADMIN')) throw new TRPCError({ code: 'FORBIDDEN', message: 'This needs an administrator.' });
  return next();
});
