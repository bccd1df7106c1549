// FAQ entries and canned replies: small lists the support team edits; every change is audited.
import type { Prisma } from '@tandem/db';
import type { CannedReplyInput, CannedReplyUpdateInput, FaqEntryData, FaqEntryUpdate } from '@tandem/validators';
import { auditedChange } from '../staff/index.ts';
import type { Agent, SupportDeps } from './deps.ts';
import type { CannedReplyView, FaqEntryView } from './types.ts';

const faqSelect = { id: true, question: true, answer: true, keywords: true, published: true, position: true, updatedAt: true } as const;
const cannedSelect = { id: true, title: true, body: true, updatedAt: true } as const;

export function listFaq(deps: SupportDeps, options: { publishedOnly: boolean }): Promise<FaqEntryView[]> {
  return deps.prisma.faqEntry.findMany({
    where: options.publishedOnly ? { published: true } : {},
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: faqSelect,
  });
}

const faq = {
  entityType: 'FaqEntry',
  label: 'FAQ entry',
  load: (tx: Prisma.TransactionClient, id: string) => tx.faqEntry.findUnique({ where: { id }, select: faqSelect }),
};

const canned = {
  entityType: 'CannedReply',
  label: 'canned reply',
  load: (tx: Prisma.TransactionClient, id: string) => tx.cannedReply.findUnique({ where: { id }, select: cannedSelect }),
};

export async function createFaqEntry(deps: SupportDeps, agent: Agent, data: FaqEntryData): Promise<FaqEntryView> {
  return auditedChange(deps.prisma, agent, { ...faq, action: 'support.faq.create', apply: (tx) => tx.faqEntry.create({ data, select: faqSelect }) });
}

export async function updateFaqEntry(deps: SupportDeps, agent: Agent, { id, ...changes }: FaqEntryUpdate): Promise<FaqEntryView> {
  return auditedChange(deps.prisma, agent, { ...faq, id, action: 'support.faq.update', apply: (tx) => tx.faqEntry.update({ where: { id }, data: changes, select: faqSelect }) });
}

export async function deleteFaqEntry(deps: SupportDeps, agent: Agent, id: string): Promise<void> {
  await auditedChange(deps.prisma, agent, { ...faq, id, action: 'support.faq.delete', apply: async (tx) => {
    await tx.faqEntry.delete({ where: { id } });
    return null;
  } });
}

export function listCannedReplies(deps: SupportDeps): Promise<CannedReplyView[]> {
  return deps.prisma.cannedReply.findMany({ orderBy: [{ title: 'asc' }], select: cannedSelect });
}

export async function createCannedReply(deps: SupportDeps, agent: Agent, data: CannedReplyInput): Promise<CannedReplyView> {
  return auditedChange(deps.prisma, agent, { ...canned, action: 'support.canned.create', apply: (tx) => tx.cannedReply.create({ data, select: cannedSelect }) });
}

export async function updateCannedReply(deps: SupportDeps, agent: Agent, { id, ...changes }: CannedReplyUpdateInput): Promise<CannedReplyView> {
  return auditedChange(deps.prisma, agent, { ...canned, id, action: 'support.canned.update', apply: (tx) => tx.cannedReply.update({ where: { id }, data: changes, select: cannedSelect }) });
}

export async function deleteCannedReply(deps: SupportDeps, agent: Agent, id: string): Promise<void> {
  await auditedChange(deps.prisma, agent, { ...canned, id, action: 'support.canned.delete', apply: async (tx) => {
    await tx.cannedReply.delete({ where: { id } });
    return null;
  } });
}
