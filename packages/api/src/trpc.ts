// tRPC initialisation: the request context, the error formatter and the base procedures.
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError, type DomainErrorKind } from '@tandem/core/shared';
import { can, hasRecentReauth, ReauthRequiredError, type Permission } from '@tandem/core/staff';
import type { createApiContext } from './context.ts';
import { formatApiError } from './error-formatter.ts';
import type { RestMeta } from './openapi/rest-meta.ts';

/** What every procedure gets: the process-wide services and what the request says about itself. */
export type ApiContext = ReturnType<typeof createApiContext>;

/**
 * What a procedure declares about itself: the role-matrix test reads `permission`; `openapi` and
 * `restAccess` (set with `rest(...)`, openapi/rest-meta.ts) publish it on the REST surface.
 */
export interface ApiMeta extends RestMeta {
  /** The staff permission a procedure needs. */
  permission?: Permission;
  /** The procedure also needs the password typed again recently (see `sensitiveStaffProcedure`). */
  reauth?: boolean;
}

const t = initTRPC.context<ApiContext>().meta<ApiMeta>().create({
  // tRPC's development mode puts stacks in responses; error-formatter.ts decides that instead.
  isDev: false,
  errorFormatter: formatApiError,
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

const PERMISSION_NAMES: Record<Permission, string> = {
  catalog: 'catalog management',
  'orders.read': 'order access',
  customers: 'customer access',
  'orders.manage': 'order management',
  marketing: 'marketing',
  partners: 'partner management',
  support: 'customer service',
  dashboards: 'dashboard access',
  audit: 'administrator access',
  settings: 'store settings access',
};

/**
 * Procedures for staff with a permission (see `@tandem/core/staff` for which role has which).
 * The check runs before the input is parsed, so a person without the permission learns nothing
 * about the procedure. `ctx.staff` is who they are, as the audit log records them.
 */
export function staffProcedure(permission: Permission) {
  return customerProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!can(ctx.customer.roles, permission)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs ${PERMISSION_NAMES[permission]}; your account does not have it.` });
    }
    return next({ ctx: { staff: { id: ctx.customer.id, email: ctx.customer.email, name: ctx.customer.name } } });
  }).use(followCatalogWrites);
}

/**
 * After a staff mutation, this process reads the catalog version at once, so its next public
 * read shows the change even before the NOTIFY (which tells the other processes) arrives.
 */
const followCatalogWrites = t.middleware(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === 'mutation' && result.ok) await ctx.services.catalog.refreshVersion();
  return result;
});

/**
 * Staff procedures with a high impact — money leaving the store, access granted to someone — that
 * also need the password typed again within `STAFF_SESSION.reauthWindowMs` (`staff.reauthenticate`).
 * Without it they answer FORBIDDEN with `data.reason: 'REAUTH_REQUIRED'`, for the client to ask
 * for the password and retry. A stolen or unattended session cannot do these on its own.
 */
export function sensitiveStaffProcedure(permission: Permission) {
  return staffProcedure(permission)
    .meta({ reauth: true })
    .use(({ ctx, next }) => {
      if (!hasRecentReauth(ctx.customer.reauthenticatedAt, ctx.services.clock.now())) throw new ReauthRequiredError();
      return next();
    });
}

/** Procedures for store administrators only (every permission). */
export const adminProcedure = staffProcedure('audit');

/** Procedures for a signed-in customer who is an approved partner: `ctx.partner` is the partner. */
export const partnerProcedure = customerProcedure.use(async ({ ctx, next }) => {
  const partner = await ctx.services.partnerAccounts.approvedPartner(ctx.customer.id);
  if (!partner) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for approved partners; your account is not one (yet).' });
  return next({ ctx: { partner } });
});

const KEY_REFUSALS = {
  unknown: { code: 'UNAUTHORIZED', message: 'This partner API key is not valid.' },
  revoked: { code: 'UNAUTHORIZED', message: 'This partner API key was revoked; create a new one in the partner portal.' },
  not_approved: { code: 'FORBIDDEN', message: 'The partner account of this API key is not active.' },
} as const;

/**
 * Procedures for partner sites calling with an API key (`X-Partner-Key: tpk_…` or
 * `Authorization: Bearer tpk_…`): `ctx.partner` is the key's approved partner, `ctx.partnerKey`
 * the key (id, label, prefix).
 */
export const partnerKeyProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const key = ctx.auth.partnerKey;
  if (!key) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Send your partner API key in the X-Partner-Key header.' });
  const check = await ctx.services.partnerAccounts.apiKeys.authenticate(key);
  if (!check.ok) throw new TRPCError(KEY_REFUSALS[check.reason]);
  return next({ ctx: { partner: check.owner.partner, partnerKey: check.owner.key } });
});
