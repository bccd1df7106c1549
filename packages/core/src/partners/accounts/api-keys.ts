// Partner API keys: `tpk_<prefix>_<secret>`, shown once at creation, stored as SHA-256 only.
// A key authenticates partner-facing procedures while it is not revoked and its partner is
// approved.
import { randomBytes } from 'node:crypto';
import { hashToken } from '../../accounts/index.ts';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { MAX_ACTIVE_KEYS, type PartnerAccountsDeps } from './deps.ts';
import type { CreatedPartnerApiKey, PartnerApiKeyView, PartnerKeyOwner } from './types.ts';

/** `tpk_` + 8 hex characters (the listed prefix) + `_` + 48 hex characters (192 random bits). */
export const PARTNER_KEY_PATTERN = /^tpk_[0-9a-f]{8}_[0-9a-f]{48}$/;

/** `lastUsedAt` is written at most this often per key, so a busy key's reads stay reads. */
const LAST_USED_RESOLUTION_MS = 60_000;

const keySelect = { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** A new key and what is stored of it. */
export function newPartnerKey(): { key: string; prefix: string; keyHash: string } {
  const prefix = `tpk_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(24).toString('hex')}`;
  return { key, prefix, keyHash: hashToken(key) };
}

export async function listPartnerKeys(deps: PartnerAccountsDeps, partnerId: string): Promise<PartnerApiKeyView[]> {
  return deps.prisma.partnerApiKey.findMany({ where: { partnerId }, orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }], select: keySelect });
}

/**
 * Creates a key. Labels are unique among a partner's active keys, which also makes a replayed
 * form (double click) fail instead of leaving a second key nobody saw.
 */
export async function createPartnerKey(deps: PartnerAccountsDeps, partnerId: string, label: string): Promise<CreatedPartnerApiKey> {
  return deps.prisma.$transaction(async (tx) => {
    // Serialises key creation per partner, so the limit and the label rule hold under concurrency.
    await tx.$queryRaw`SELECT "id" FROM "Partner" WHERE "id" = ${partnerId} FOR UPDATE`;
    const active = await tx.partnerApiKey.findMany({ where: { partnerId, revokedAt: null }, select: { label: true } });
    if (active.some((key) => key.label.toLowerCase() === label.toLowerCase())) {
      throw new DomainError('conflict', `You already have an active key named "${label}". Pick another name, or revoke that key first.`, { label: ['An active key already has this name'] });
    }
    if (active.length >= MAX_ACTIVE_KEYS) {
      throw new DomainError('conflict', `A partner can have at most ${MAX_ACTIVE_KEYS} active keys; revoke one you no longer use.`);
    }
    const { key, prefix, keyHash } = newPartnerKey();
    const apiKey = await tx.partnerApiKey.create({ data: { partnerId, label, prefix, keyHash, createdAt: deps.now() }, select: keySelect });
    return { key, apiKey };
  });
}

/** Revokes one of the partner's keys; revoking it again changes nothing. */
export async function revokePartnerKey(deps: PartnerAccountsDeps, partnerId: string, keyId: string): Promise<PartnerApiKeyView> {
  await deps.prisma.partnerApiKey.updateMany({ where: { id: keyId, partnerId, revokedAt: null }, data: { revokedAt: deps.now() } });
  const key = await deps.prisma.partnerApiKey.findFirst({ where: { id: keyId, partnerId }, select: keySelect });
  if (!key) throw new NotFoundError('API key', keyId);
  return key;
}

export type PartnerKeyCheck = { ok: true; owner: PartnerKeyOwner } | { ok: false; reason: 'unknown' | 'revoked' | 'not_approved' };

/** Who a key belongs to, or why it does not work. One indexed read; a write at most once a minute. */
export async function authenticatePartnerKey(deps: Pick<PartnerAccountsDeps, 'prisma' | 'now'>, key: string): Promise<PartnerKeyCheck> {
  if (!PARTNER_KEY_PATTERN.test(key)) return { ok: false, reason: 'unknown' };
  const row = await deps.prisma.partnerApiKey.findUnique({
    where: { keyHash: hashToken(key) },
    select: { id: true, label: true, prefix: true, revokedAt: true, lastUsedAt: true, partner: { select: { id: true, code: true, name: true, websiteUrl: true, allowedOrigins: true, status: true } } },
  });
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.partner.status !== 'APPROVED') return { ok: false, reason: 'not_approved' };
  const now = deps.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await deps.prisma.partnerApiKey.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } });
  }
  const { status: _status, ...partner } = row.partner;
  return { ok: true, owner: { partner, key: { id: row.id, label: row.label, prefix: row.prefix } } };
}
