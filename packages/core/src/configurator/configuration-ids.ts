import { createHash, randomBytes } from 'node:crypto';
import type { ConfigChoices } from './types.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A share id: 12 base62 characters (≈ 71 random bits), unbiased by rejection sampling. */
export function newConfigurationId(): string {
  let id = '';
  while (id.length < 12) {
    for (const byte of randomBytes(16)) {
      if (byte < 248 && id.length < 12) id += ALPHABET[byte % 62];
    }
  }
  return id;
}

/** The same product and normalised choices always give the same key; anything else another. */
export function configurationKey(productId: string, choices: ConfigChoices): string {
  const canonical = JSON.stringify([productId, Object.keys(choices).sort().map((k) => [k, choices[k]])]);
  return createHash('sha256').update(canonical, 'utf8').digest('base64url').slice(0, 32);
}
