// Ids for rows written by raw SQL (bulk seeding, the hot path of placing an order), in the shape
// of the ids Prisma's cuid() gives the rows it writes itself, so a table's ids look alike.
import { randomBytes } from 'node:crypto';

let counter = 0;

/** A collision-resistant id in the shape of Prisma's cuid() ("c" + 24 base-36 characters). */
export function createId(): string {
  counter = (counter + 1) % 1_679_616;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, '0');
  return `c${Date.now().toString(36).padStart(8, '0')}${counter.toString(36).padStart(4, '0')}${random}`.slice(0, 25);
}
