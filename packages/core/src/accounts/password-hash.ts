// Password hashing with scrypt (memory-hard, in node:crypto). A hash describes itself as
// `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the cost can be raised later: hashes
// made at a lower cost still verify and are upgraded at the next successful sign-in.
// At most HASHING_CONCURRENCY hashes run at once per process, queued in arrival order.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import pLimit from 'p-limit';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/** OWASP's recommended scrypt parameters: 2^17 × 8 × 128 bytes = 128 MiB and ~0.3–0.5 s per hash. */
export const RECOMMENDED_SCRYPT_COST: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Stored hashes beyond these bounds are refused rather than run: a tampered row must not pin the CPU. */
const LIMITS = { maxN: 2 ** 20, maxR: 32, maxP: 16, minKey: 16, maxKey: 128 };

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string, cost: ScryptCost = RECOMMENDED_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password matches the stored hash; false (never a throw) for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made at another cost than `cost` (and should be redone). */
export function needsRehash(stored: string, cost: ScryptCost = RECOMMENDED_SCRYPT_COST): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
}

/** The parts of a hash string, or null when it is not one this module could have written. */
export function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((n) => (/^[1-9][0-9]{0,7}$/.test(n!) ? Number(n) : NaN)) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  const valid =
    N >= 2 && N <= LIMITS.maxN && (N & (N - 1)) === 0 &&
    r >= 1 && r <= LIMITS.maxR && p >= 1 && p <= LIMITS.maxP &&
    salt.length >= 8 && key.length >= LIMITS.minKey && key.length <= LIMITS.maxKey &&
    salt.toString('base64url') === parts[4] && key.toString('base64url') === parts[5];
  return valid ? { cost: { N, r, p }, salt, key } : null;
}

/**
 * How many scrypt hashes one process runs at once. scrypt runs on libuv's thread pool (4 threads
 * by default), which file reads, DNS lookups and zlib share: unbounded, a burst of sign-ins takes
 * every thread for seconds and a static file waits behind it. One hash at a time keeps the other
 * threads free; the rest queue in order, and the queue is what a burst costs.
 */
export const HASHING_CONCURRENCY = 1;
const hashing = pLimit(HASHING_CONCURRENCY);

function derive(password: string, salt: Buffer, length: number, { N, r, p }: ScryptCost): Promise<Buffer> {
  // Node refuses scrypt above 32 MiB by default; the recommended cost needs 128 MiB, so allow twice the need.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p };
  return hashing(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}
