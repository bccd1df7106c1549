import { MAX_ADDRESSES } from '@tandem/core/accounts';
import type { AddressInput } from '@tandem/validators';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
});
afterAll(() => db.close());

const address = (overrides: Partial<AddressInput> = {}) => ({
  name: 'Ada Lovelace',
  line1: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'de',
  ...overrides,
});

async function customer(): Promise<{ api: Caller; id: string }> {
  const { customer: row, sessionToken } = await signedInCustomer(db.prisma);
  return { api: callerFor(services, { sessionToken }), id: row.id };
}

describe('account', () => {
  it('needs a signed-in customer', async () => {
    const anonymous = callerFor(services);
    await expect(anonymous.account.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.account.addresses.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(callerFor(services, { sessionToken: 'forged' }).account.addresses.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('shows the customer their own profile', async () => {
    const { api, id } = await customer();
    expect(await api.account.profile()).toMatchObject({ id, roles: ['CUSTOMER'], createdAt: expect.any(String) });
  });
});

describe('address book', () => {
  it('adds addresses, normalises country and postal code, and makes the first one the default', async () => {
    const { api } = await customer();
    const home = await api.account.addresses.add(address({ postalCode: ' sw1a 1aa ', country: 'gb' }));
    expect(home).toMatchObject({ country: 'GB', postalCode: 'SW1A 1AA', line2: '', region: '', phone: '', isDefault: true });
    const work = await api.account.addresses.add(address({ line1: 'Work street 9' }));
    expect(work.isDefault).toBe(false);
    expect((await api.account.addresses.list()).map((a) => a.id)).toEqual([home.id, work.id]);
  });

  it('keeps exactly one default when another address is made the default', async () => {
    const { api } = await customer();
    const a = await api.account.addresses.add(address());
    const b = await api.account.addresses.add(address({ line1: 'Second 2' }));
    const c = await api.account.addresses.add(address({ line1: 'Third 3' }));
    await api.account.addresses.setDefault({ id: b.id });
    let defaults = (await api.account.addresses.list()).filter((x) => x.isDefault).map((x) => x.id);
    expect(defaults).toEqual([b.id]);
    await api.account.addresses.update({ ...address({ line1: 'Third 3a' }), id: c.id, isDefault: true });
    await api.account.addresses.add(address({ line1: 'Fourth 4', isDefault: true }));
    await Promise.all([api.account.addresses.setDefault({ id: a.id }), api.account.addresses.setDefault({ id: c.id })]);
    defaults = (await api.account.addresses.list()).filter((x) => x.isDefault).map((x) => x.id);
    expect(defaults).toHaveLength(1);
  });

  it('updates and removes an address', async () => {
    const { api } = await customer();
    const a = await api.account.addresses.add(address());
    const updated = await api.account.addresses.update({ ...address({ city: 'Potsdam', phone: '+49 331 123' }), id: a.id });
    expect(updated).toMatchObject({ id: a.id, city: 'Potsdam', phone: '+49 331 123', isDefault: true });
    await api.account.addresses.remove({ id: a.id });
    expect(await api.account.addresses.list()).toEqual([]);
    await expect(api.account.addresses.remove({ id: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("gives NOT_FOUND for another customer's address, and leaves it untouched", async () => {
    const alice = await customer();
    const bob = await customer();
    const hers = await alice.api.account.addresses.add(address());
    const mine = await bob.api.account.addresses.add(address({ line1: 'Bob street 2' }));
    await expect(bob.api.account.addresses.update({ ...address({ city: 'Stolen' }), id: hers.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bob.api.account.addresses.remove({ id: hers.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bob.api.account.addresses.setDefault({ id: hers.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await bob.api.account.addresses.list()).toEqual([mine]);
    expect(await alice.api.account.addresses.list()).toEqual([hers]);
  });

  it('rejects bad addresses with BAD_REQUEST and says which field is wrong', async () => {
    const { api } = await customer();
    const error = await api.account.addresses.add(address({ country: 'Germany' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('two-letter ISO code') });
    await expect(api.account.addresses.add(address({ postalCode: '' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.account.addresses.add(address({ line1: 'x'.repeat(201) }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.account.addresses.add(address({ phone: 'call me maybe' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.account.addresses.setDefault({ id: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it(`holds at most ${MAX_ADDRESSES} addresses`, async () => {
    const { api, id } = await customer();
    await db.prisma.address.createMany({
      data: Array.from({ length: MAX_ADDRESSES }, (_, i) => ({ customerId: id, name: 'A', line1: `Street ${i}`, postalCode: '1', city: 'C', country: 'DE' })),
    });
    await expect(api.account.addresses.add(address())).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /at most 50/ });
  });
});
