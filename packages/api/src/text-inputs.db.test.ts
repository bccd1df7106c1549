// The procedures the security review sent NUL bytes to (issue #16, finding 6): each now answers
// BAD_REQUEST with a field error instead of passing the text on to PostgreSQL (a 500). The same
// holds for every string field of every procedure: text-inputs.test.ts walks them all.
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { NOT_ALLOWED_CHARACTERS } from '@tandem/validators';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, testServices, type Caller } from './testing/callers.ts';

let db: TestDatabase;
let shopper: Caller;

beforeAll(async () => {
  db = await createTestDatabase();
  shopper = callerFor(testServices(db.prisma));
});
afterAll(() => db.close());

/** The error's code and the fields it names with the not-allowed-characters message. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(() => null, (e: unknown) => e);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues ?? [];
  return { code: error.code, fields: issues.filter((i) => i.message === NOT_ALLOWED_CHARACTERS).map((i) => i.path.join('.')) };
}

const question = (fields: Partial<Record<'name' | 'subject' | 'message', string>>) =>
  shopper.support.ask({ requestKey: randomBytes(24).toString('base64url'), name: 'Ada Guest', email: 'ada@example.test', message: 'Does the frame fit a 1.90 m rider?', ...fields });

describe('text with control characters', () => {
  it('is refused by cart.addLine with a field error, not a server error', async () => {
    expect(await refusal(shopper.cart.addLine({ variantId: 'v\u0000', quantity: 1 }))).toEqual({ code: 'BAD_REQUEST', fields: ['variantId'] });
  });

  it('is refused by partnerContent.click with a field error, not a server error', async () => {
    expect(await refusal(shopper.partnerContent.click({ itemId: '\u0000' }))).toEqual({ code: 'BAD_REQUEST', fields: ['itemId'] });
  });

  it('is refused by support.ask in each text field, with a field error', async () => {
    expect(await refusal(question({ name: 'Ada\u0000' }))).toEqual({ code: 'BAD_REQUEST', fields: ['name'] });
    expect(await refusal(question({ subject: 'Fit\u001b[2J' }))).toEqual({ code: 'BAD_REQUEST', fields: ['subject'] });
    expect(await refusal(question({ message: 'Does it fit?\u0000 I am 1.90 m tall.' }))).toEqual({ code: 'BAD_REQUEST', fields: ['message'] });
    expect(await refusal(question({ name: 'Ada\nGuest' }))).toEqual({ code: 'BAD_REQUEST', fields: ['name'] });
  });

  it('still accepts a message over several lines, with tabs and accents', async () => {
    await expect(question({ message: 'Hello,\r\n\tdoes the frame fit a 1.90 m rider?\nMerci, Rene\u0301e' })).resolves.toBeDefined();
  });
});
