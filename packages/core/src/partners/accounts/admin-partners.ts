// The staff's view of partners: the list (status filter, search, counts per status) and one
// partner's page (application, account, review, keys).
import type { Prisma } from '@tandem/db';
import type { PartnerStatus } from './types.ts';
import type { AdminPartnerQuery } from '@tandem/validators';
import { NotFoundError } from '../../shared/index.ts';
import { listPartnerKeys } from './api-keys.ts';
import type { PartnerAccountsDeps } from './deps.ts';
import { allowedDecisions } from './review.ts';
import type { AdminPartnerDetail, AdminPartnerPage, AdminPartnerRow } from './types.ts';

const STATUSES: readonly PartnerStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'];

const rowSelect = {
  id: true,
  code: true,
  name: true,
  websiteUrl: true,
  contactEmail: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  customer: { select: { email: true } },
} as const;

type Row = Prisma.PartnerGetPayload<{ select: typeof rowSelect }>;

function rowView({ customer, ...row }: Row): AdminPartnerRow {
  return { ...row, accountEmail: customer.email };
}

function matching(query: string | undefined): Prisma.PartnerWhereInput {
  if (!query) return {};
  const contains = { contains: query, mode: 'insensitive' as const };
  return { OR: [{ code: contains }, { name: contains }, { websiteUrl: contains }, { contactEmail: contains }, { customer: { email: contains } }] };
}

/** Pending applications first (oldest first: they have waited longest), then the newest others. */
export async function listPartners(deps: PartnerAccountsDeps, input: AdminPartnerQuery): Promise<AdminPartnerPage> {
  const where: Prisma.PartnerWhereInput = { ...(input.status ? { status: input.status } : {}), ...matching(input.query) };
  const orderBy: Prisma.PartnerOrderByWithRelationInput[] = input.status === 'PENDING' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }];
  const [rows, total, grouped] = await Promise.all([
    deps.prisma.partner.findMany({ where, orderBy, skip: input.offset, take: input.limit, select: rowSelect }),
    deps.prisma.partner.count({ where }),
    deps.prisma.partner.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(STATUSES.map((status) => [status, grouped.find((g) => g.status === status)?._count._all ?? 0])) as Record<PartnerStatus, number>;
  return { total, counts, items: rows.map(rowView) };
}

export async function partnerDetail(deps: PartnerAccountsDeps, partnerId: string): Promise<AdminPartnerDetail> {
  const partner = await deps.prisma.partner.findUnique({
    where: { id: partnerId },
    select: { ...rowSelect, applicationNote: true, reviewNote: true, reviewedById: true, allowedOrigins: true, customer: { select: { id: true, name: true, email: true } } },
  });
  if (!partner) throw new NotFoundError('partner', partnerId);
  const [apiKeys, reviewer] = await Promise.all([
    listPartnerKeys(deps, partnerId),
    partner.reviewedById ? deps.prisma.customer.findUnique({ where: { id: partner.reviewedById }, select: { email: true } }) : null,
  ]);
  const { customer, reviewedById: _reviewedById, ...rest } = partner;
  return {
    ...rest,
    accountEmail: customer.email,
    account: customer,
    reviewedBy: reviewer?.email ?? null,
    apiKeys,
    can: allowedDecisions(partner.status),
  };
}
