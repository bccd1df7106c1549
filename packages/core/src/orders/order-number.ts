import { randomInt } from 'node:crypto';

// No 0/O or 1/I/L: order numbers are read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short, unguessable order number such as "T-7K3M9Q2X". */
export function newOrderNumber(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `T-${code}`;
}
