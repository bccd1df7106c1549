// A customer's address book. Every operation is scoped to the signed-in customer: an address id
// of anyone else is "not found", exactly like an id that does not exist.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { AddressInput, AddressUpdateInput } from '@tandem/validators';
import { DomainError, NotFoundError } from '../shared/index.ts';
import type { AddressView } from './types.ts';

/** Most addresses one customer may keep. */
export const MAX_ADDRESSES = 50;

const addressSelect = {
  id: true, name: true, line1: true, line2: true, postalCode: true, city: true, region: true, country: true, phone: true, isDefault: true,
} as const;

type Tx = Prisma.TransactionClient;

export function createAddressBook(prisma: PrismaClient) {
  /** The default address first, then the newest. */
  const list = (customerId: string): Promise<AddressView[]> =>
    prisma.address.findMany({ where: { customerId }, select: addressSelect, orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }] });

  /** Adds an address; the first one (or one asked to be) becomes the default. */
  async function add(customerId: string, input: AddressInput): Promise<AddressView> {
    return prisma.$transaction(async (tx) => {
      await lockCustomer(tx, customerId);
      const count = await tx.address.count({ where: { customerId } });
      if (count >= MAX_ADDRESSES) throw new DomainError('invalid_input', `An address book holds at most ${MAX_ADDRESSES} addresses; remove one first.`);
      const { isDefault: wantsDefault, ...fields } = input;
      const isDefault = wantsDefault || !(await tx.address.findFirst({ where: { customerId, isDefault: true }, select: { id: true } }));
      if (isDefault) await tx.address.updateMany({ where: { customerId, isDefault: true }, data: { isDefault: false } });
      return tx.address.create({ data: { ...fields, customerId, isDefault }, select: addressSelect });
    });
  }

  /** Replaces an address's fields; `isDefault: true` makes it the default, `false` unsets it. */
  async function update(customerId: string, input: AddressUpdateInput): Promise<AddressView> {
    return prisma.$transaction(async (tx) => {
      await lockCustomer(tx, customerId);
      const { id, isDefault, ...fields } = input;
      await ownAddress(tx, customerId, id);
      if (isDefault) await tx.address.updateMany({ where: { customerId, isDefault: true, NOT: { id } }, data: { isDefault: false } });
      return tx.address.update({ where: { id }, data: { ...fields, ...(isDefault === undefined ? {} : { isDefault }) }, select: addressSelect });
    });
  }

  /** Deletes an address. Removing the default leaves the customer without one until they choose. */
  async function remove(customerId: string, id: string): Promise<void> {
    const { count } = await prisma.address.deleteMany({ where: { id, customerId } });
    if (count === 0) throw new NotFoundError('address', id);
  }

  /** Makes the address the customer's only default one. */
  async function setDefault(customerId: string, id: string): Promise<AddressView> {
    return prisma.$transaction(async (tx) => {
      await lockCustomer(tx, customerId);
      await ownAddress(tx, customerId, id);
      await tx.address.updateMany({ where: { customerId, isDefault: true, NOT: { id } }, data: { isDefault: false } });
      return tx.address.update({ where: { id }, data: { isDefault: true }, select: addressSelect });
    });
  }

  return { list, add, update, remove, setDefault };
}

export type AddressBook = ReturnType<typeof createAddressBook>;

/**
 * Serialises default-address changes of one customer: without it, two concurrent transactions
 * could each clear the other defaults before either commits and leave two defaults behind.
 */
async function lockCustomer(tx: Tx, customerId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Customer" WHERE id = ${customerId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('customer', customerId);
}

async function ownAddress(tx: Tx, customerId: string, id: string): Promise<void> {
  const found = await tx.address.findFirst({ where: { id, customerId }, select: { id: true } });
  if (!found) throw new NotFoundError('address', id);
}
