import type { PrismaClient } from '@tandem/db';

/** The partner a signed-in customer acts for in the partner portal and partner procedures. */
export interface ApprovedPartner {
  id: string;
  code: string;
  name: string;
  websiteUrl: string;
  allowedOrigins: string[];
}

/** The customer's partner when it is approved; null for customers who are not (yet) partners. */
export async function findApprovedPartner(prisma: PrismaClient, customerId: string): Promise<ApprovedPartner | null> {
  const partner = await prisma.partner.findUnique({
    where: { customerId },
    select: { id: true, code: true, name: true, websiteUrl: true, allowedOrigins: true, status: true },
  });
  if (!partner || partner.status !== 'APPROVED') return null;
  const { status: _status, ...approved } = partner;
  return approved;
}
