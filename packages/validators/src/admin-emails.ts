// Inputs of the admin "Sent e-mail" page: the outbox list with its search, and one e-mail.
import { z } from 'zod';
import { EntityId } from './accounts.ts';
import { line } from './text.ts';

/** Where an e-mail stands in the outbox. */
export const SentEmailStatus = z.enum(['queued', 'sent', 'failed']);

export const SentEmailListInput = z.object({
  /** Part of the recipient's address or of the subject. */
  search: line().trim().max(254).optional(),
  status: SentEmailStatus.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: EntityId.optional(),
});
export type SentEmailListInput = z.input<typeof SentEmailListInput>;

export const SentEmailByIdInput = z.object({ id: EntityId });

/** One attachment of an e-mail, by its place in the e-mail's list (0 first). */
export const SentEmailAttachmentInput = z.object({ id: EntityId, index: z.number().int().min(0).max(19) });
