// An approved partner's own profile: site name, website, contact e-mail and the origins allowed
// to call the widget endpoints. The code stays: it is in links already out in the world.
import type { PartnerProfile } from '@tandem/validators';
import { NotFoundError } from '../../shared/index.ts';
import type { PartnerAccountsDeps } from './deps.ts';
import type { PartnerProfileView } from './types.ts';

const profileSelect = {
  code: true,
  name: true,
  websiteUrl: true,
  contactEmail: true,
  status: true,
  allowedOrigins: true,
  createdAt: true,
  _count: { select: { apiKeys: { where: { revokedAt: null } } } },
} as const;

type ProfileRow = { _count: { apiKeys: number } } & Omit<PartnerProfileView, 'activeKeys'>;

function view({ _count, ...row }: ProfileRow): PartnerProfileView {
  return { ...row, activeKeys: _count.apiKeys };
}

export async function partnerProfile(deps: PartnerAccountsDeps, partnerId: string): Promise<PartnerProfileView> {
  const row = await deps.prisma.partner.findUnique({ where: { id: partnerId }, select: profileSelect });
  if (!row) throw new NotFoundError('partner', partnerId);
  return view(row);
}

export async function updatePartnerProfile(deps: PartnerAccountsDeps, partnerId: string, input: PartnerProfile): Promise<PartnerProfileView> {
  const row = await deps.prisma.partner.update({
    where: { id: partnerId },
    data: { name: input.name, websiteUrl: input.websiteUrl, contactEmail: input.contactEmail, allowedOrigins: input.allowedOrigins },
    select: profileSelect,
  });
  return view(row);
}
