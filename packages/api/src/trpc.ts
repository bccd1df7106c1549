// tRPC initialisation: the request context, the error formatter and the base procedures.
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError, type DomainErrorKind } from '@tandem/core/shared';
import type { CatalogService } from '@tandem/core/catalog';
import { z, ZodError } from 'zod';

/** What every procedure gets: the domain services (later also the session and adapters). */
export interface ApiContext {
  catalog: CatalogService;
}

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
