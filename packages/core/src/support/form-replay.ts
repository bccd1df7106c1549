// Replies carry the random key of the form they were sent with. A replayed form (double click,
// browser retry) must have no second effect, including when both copies arrive at once.
import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';

/**
 * Runs `write` (which stores a message with this key) unless the key was used already. When the
 * key was used for this ticket, or a concurrent copy wins the race to store it, nothing more is
 * done; a key used for another ticket is refused.
 */
export async function oncePerFormKey(prisma: PrismaClient, requestKey: string, ticketId: string, write: () => Promise<unknown>): Promise<void> {
  const usedFor = async () => (await prisma.supportMessage.findUnique({ where: { requestKey }, select: { ticketId: true } }))?.ticketId;
  const previous = await usedFor();
  if (previous === ticketId) return;
  if (previous) throw new DomainError('conflict', 'This form was already used; reload the page and send your message again.');
  try {
    await write();
  } catch (error) {
    if ((await usedFor()) === ticketId) return;
    throw error;
  }
}
