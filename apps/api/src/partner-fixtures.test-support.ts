// Test helpers for partner-facing routes: approved (or not) partners straight in the database.
import type { PartnerStatus, PrismaClient } from '@tandem/db';

let n = 0;

export async function makePartner(prisma: PrismaClient, code: string, options: { status?: PartnerStatus; websiteUrl?: string; allowedOrigins?: string[]; name?: string } = {}) {
  const i = ++n;
  const customer = await prisma.customer.create({ data: { email: `partner-${code}-${i}@example.test`, name: `Partner ${code}`, passwordHash: 'unused' } });
  return prisma.partner.create({
    data: {
      code,
      name: options.name ?? `Partner ${code}`,
      websiteUrl: options.websiteUrl ?? `https://${code}.example`,
      contactEmail: `owner-${code}@example.test`,
      customerId: customer.id,
      status: options.status ?? 'APPROVED',
      allowedOrigins: options.allowedOrigins ?? [],
    },
  });
}
