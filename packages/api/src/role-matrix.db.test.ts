// Every staff procedure against every role: a role without the procedure's permission is
// refused before anything runs; a role with it gets past the check. The procedures are read
// from the router itself, so a new staff procedure is covered the moment it exists.
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { can, PERMISSIONS, ReauthRequiredError, STAFF_ROLES, type Permission } from '@tandem/core/staff';
import type { Role } from '@tandem/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from './testing/callers.ts';
import type { ApiMeta } from './trpc.ts';

interface ProcedureDef {
  _def: { meta?: ApiMeta; type: 'query' | 'mutation' | 'subscription' };
}

const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures);
const staffProcedures = procedures.filter(([, procedure]) => procedure._def.meta?.permission).map(([path, procedure]) => ({ path, permission: procedure._def.meta!.permission!, reauth: procedure._def.meta!.reauth === true }));

let db: TestDatabase;
const callers = new Map<Role | 'ANONYMOUS', Caller>();

beforeAll(async () => {
  db = await createTestDatabase();
  const services = testServices(db.prisma);
  callers.set('ANONYMOUS', callerFor(services));
  for (const role of ['CUSTOMER', 'PARTNER', ...STAFF_ROLES] as const) {
    callers.set(role, callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, [role])).sessionToken }));
  }
});
afterAll(() => db.close());

/** Calls a procedure by its dotted path with an empty input; returns the error code, REAUTH_REQUIRED or OK. */
async function outcome(caller: Caller, path: string): Promise<string> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (input: unknown) => Promise<unknown>)({});
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.cause instanceof ReauthRequiredError ? 'REAUTH_REQUIRED' : error.code;
    throw error;
  }
}

describe('the role matrix', () => {
  it('covers the staff procedures of every admin area', () => {
    const areas = new Set(staffProcedures.map((p) => p.path.split('.')[0]));
    expect([...areas].sort()).toEqual(expect.arrayContaining(['adminAudit', 'adminCatalog', 'adminCustomers', 'adminOrders', 'adminSupport', 'adminPartners']));
    // Anything under an admin* namespace must declare its permission.
    const undeclared = procedures.filter(([path, p]) => path.startsWith('admin') && !p._def.meta?.permission).map(([path]) => path);
    expect(undeclared).toEqual([]);
  });

  it('gives each role exactly its permissions', () => {
    const table = Object.fromEntries(STAFF_ROLES.map((role) => [role, PERMISSIONS.filter((p) => can([role], p))]));
    expect(table).toEqual({
      ADMIN: [...PERMISSIONS],
      CATALOG_MANAGER: ['catalog', 'orders.read', 'dashboards'],
      SUPPORT: ['orders.read', 'customers', 'support', 'dashboards'],
      MARKETING: ['customers', 'marketing', 'partners', 'dashboards'],
    } satisfies Record<string, Permission[]>);
    expect(can(['CUSTOMER', 'PARTNER'], 'dashboards')).toBe(false);
  });

  it('asks for the password again before every action that moves money or grants access', () => {
    // A new procedure of this kind joins the list with sensitiveStaffProcedure; this list is the review point.
    expect(staffProcedures.filter((p) => p.reauth).map((p) => p.path).sort()).toEqual([
      'adminAffiliate.approveEarly',
      'adminAffiliate.markPayoutPaid',
      'adminCustomers.erase',
      'adminOrders.refund',
      'adminPartners.approve',
      'adminPartners.reinstate',
      'adminReturns.refund',
      'adminSettings.savePayments',
    ]);
  });

  it.each(staffProcedures)('$path ($permission): refused to the wrong roles, open to the right ones', async ({ path, permission, reauth }) => {
    expect(await outcome(callers.get('ANONYMOUS')!, path)).toBe('UNAUTHORIZED');
    for (const role of ['CUSTOMER', 'PARTNER', ...STAFF_ROLES] as const) {
      const result = await outcome(callers.get(role)!, path);
      // These sessions never confirmed their password: the right roles meet the re-auth step.
      if (can([role], permission) && reauth) expect.soft(result, `${role} on ${path}`).toBe('REAUTH_REQUIRED');
      else if (can([role], permission)) expect.soft(result, `${role} on ${path}`).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED)$/);
      else expect.soft(result, `${role} on ${path}`).toBe('FORBIDDEN');
    }
  });

  it('refuses partner-key procedures to every session, staff or not: they need a partner API key', async () => {
    for (const [who, caller] of callers) expect.soft(await outcome(caller, 'partnerApi.me'), String(who)).toBe('UNAUTHORIZED');
  });
});
