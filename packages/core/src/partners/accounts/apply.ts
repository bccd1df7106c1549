// A signed-in customer applies to the partner programme: one application per customer, again
// after a rejection. The application gets its public code now, so it never changes later.
import { Prisma } from '@tandem/db';
import type { PartnerApplication } from '@tandem/validators';
import { DomainError } from '../../shared/index.ts';
import type { PartnerAccountsDeps } from './deps.ts';
import { codeBase, freeCode } from './partner-code.ts';
import { queuePartnerEmail } from './partner-emails.ts';
import type { Applicant, PartnerApplicationView } from './types.ts';

const applicationSelect = {
  code: true,
  name: true,
  websiteUrl: true,
  contactEmail: true,
  status: true,
  applicationNote: true,
  reviewNote: true,
  createdAt: true,
  reviewedAt: true,
} as const;

const CODE_ATTEMPTS = 5;

export async function myApplication(deps: PartnerAccountsDeps, customerId: string): Promise<PartnerApplicationView | null> {
  return deps.prisma.partner.findUnique({ where: { customerId }, select: applicationSelect });
}

export async function applyAsPartner(deps: PartnerAccountsDeps, applicant: Applicant, input: PartnerApplication): Promise<PartnerApplicationView> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.prisma.$transaction((tx) => writeApplication(deps, tx, applicant, input));
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error;
      // A concurrent copy of this form won (customerId is unique), or another application took
      // the code between our read and our write: then pick a code again.
      const mine = await deps.prisma.partner.findUnique({ where: { customerId: applicant.id }, select: { status: true } });
      if ((mine && mine.status !== 'REJECTED') || attempt >= CODE_ATTEMPTS) throw mine ? alreadyApplied() : error;
    }
  }
}

async function writeApplication(deps: PartnerAccountsDeps, tx: Prisma.TransactionClient, applicant: Applicant, input: PartnerApplication): Promise<PartnerApplicationView> {
  const existing = await tx.partner.findUnique({ where: { customerId: applicant.id }, select: { id: true, status: true, name: true, code: true } });
  if (existing && existing.status !== 'REJECTED') throw alreadyApplied();
  const data = {
    name: input.name,
    websiteUrl: input.websiteUrl,
    contactEmail: input.contactEmail,
    applicationNote: input.note,
    allowedOrigins: [new URL(input.websiteUrl).origin],
    status: 'PENDING' as const,
    reviewNote: null,
    reviewedAt: null,
    reviewedById: null,
  };
  const code = existing && existing.name === input.name ? existing.code : await nextCode(tx, input.name, existing?.id);
  let partner: PartnerApplicationView;
  if (existing) {
    // Conditional, so two copies of a re-application cannot both count.
    const updated = await tx.partner.updateMany({ where: { id: existing.id, status: 'REJECTED' }, data: { ...data, code, createdAt: deps.now() } });
    if (updated.count === 0) throw alreadyApplied();
    partner = await tx.partner.findUniqueOrThrow({ where: { id: existing.id }, select: applicationSelect });
  } else {
    partner = await tx.partner.create({ data: { ...data, code, customerId: applicant.id, createdAt: deps.now() }, select: applicationSelect });
  }
  await queuePartnerEmail(tx, deps.storefrontUrl, 'partner_application_received', partner);
  return partner;
}

/** A free code for `name`; the partner re-applying (`ownId`) may keep its own. */
async function nextCode(tx: Prisma.TransactionClient, name: string, ownId?: string): Promise<string> {
  const base = codeBase(name);
  const taken = await tx.partner.findMany({
    where: { code: { startsWith: base }, ...(ownId ? { id: { not: ownId } } : {}) },
    select: { code: true },
  });
  return freeCode(base, new Set(taken.map((row) => row.code)));
}

function alreadyApplied(): DomainError {
  return new DomainError('conflict', 'You have already applied to the partner programme; see the status of your application.');
}
