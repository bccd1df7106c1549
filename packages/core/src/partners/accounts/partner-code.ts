// A partner's public code (in /r/<code> links and the widget snippet), made from the site's name:
// readable, lower-case letters, digits and '-', unique among partners.

const MAX_LENGTH = 40;

/**
 * The code a name suggests: accents folded, lower-case, runs of anything else turned into one
 * '-', trimmed to 40 characters; `partner` when nothing is left.
 *
 * @example codeBase('Maillot Corner — Café Racers!') // "maillot-corner-cafe-racers"
 */
export function codeBase(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'partner';
}

/**
 * The first code of `base`, `base-2`, `base-3`… that is not in `taken`.
 *
 * @example freeCode('chain-stay', new Set(['chain-stay', 'chain-stay-2'])) // "chain-stay-3"
 */
export function freeCode(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether `code` has the shape codeBase and freeCode produce. */
export function isPartnerCode(code: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) && code.length <= MAX_LENGTH;
}
