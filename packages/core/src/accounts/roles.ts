// Roles other contexts grant or take back (the partners context: PARTNER on approval), inside
// the caller's transaction so the role changes with its cause.
import type { Prisma, Role } from '@tandem/db';

/** Adds `role` to the customer's roles unless they have it. */
export async function grantRole(tx: Prisma.TransactionClient, customerId: string, role: Role): Promise<void> {
  await tx.$executeRaw`UPDATE "Customer" SET "roles" = array_append("roles", ${role}::"Role") WHERE "id" = ${customerId} AND NOT (${role}::"Role" = ANY("roles"))`;
}

/** Removes `role` from the customer's roles (nothing when they do not have it). */
export async function revokeRole(tx: Prisma.TransactionClient, customerId: string, role: Role): Promise<void> {
  await tx.$executeRaw`UPDATE "Customer" SET "roles" = array_remove("roles", ${role}::"Role") WHERE "id" = ${customerId} AND ${role}::"Role" = ANY("roles")`;
}
