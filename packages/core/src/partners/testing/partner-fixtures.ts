// Test helpers: partners made directly in the database, in the status a test needs.
import type { PrismaClient } from '@tandem/db';

let counter = 0;

export async function makePartner(prisma: PrismaClient, name: string, status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' = 'APPROVED') {
  const n = ++counter;
  const code = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
  const customer = await prisma.customer.create({ data: { email: `${code}@partners.example`, passwordHash: 'x', name } });
  return prisma.partner.create({ data: { code, name, websiteUrl: `https://${code}.example`, contactEmail: customer.email, customerId: customer.id, status } });
}
