// Every page the store's e-mails and feeds link to exists. Core builds those links as template
// literals on a base URL (`${storefrontUrl}/account/orders`, `${adminUrl}/partners/rings/…`);
// this reads every such literal in core's sources and resolves its path against the SvelteKit
// routes of the app the base names — so a link to a page that was moved or never built (the ring
// alert once pointed at the admin's `/rings/<slug>`, which does not exist) fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const coreSrc = path.join(repoRoot, 'packages/core/src');
const routesOf = { storefront: path.join(repoRoot, 'apps/storefront/src/routes'), admin: path.join(repoRoot, 'apps/admin/src/routes') };

/** A base-URL expression's app, by its name: `…adminUrl` the admin app, `…storefrontUrl` the shop. */
function appOf(expression: string): keyof typeof routesOf | null {
  if (/admin/i.test(expression)) return 'admin';
  if (/storefront/i.test(expression)) return 'storefront';
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.includes('.test.') ? [full] : [];
  });
}

/** Links in a source's code (not its comments): `${<base expression>}/<path up to the closing backtick, ? or #>`. */
function linksIn(source: string): { base: string; path: string }[] {
  const links: { base: string; path: string }[] = [];
  const code = source.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line)).join('\n');
  for (const match of code.matchAll(/\$\{((?:withoutTrailingSlash\()?[\w.]+\)?)\}(\/[^`?#'"\s]*)/g)) {
    links.push({ base: match[1]!.replace(/^withoutTrailingSlash\(|\)$/g, ''), path: match[2]! });
  }
  return links;
}

const isPage = (dir: string) => readdirSync(dir).some((f) => /^\+(page\.svelte|page\.server\.ts|page\.ts|server\.ts)$/.test(f));

/** Whether `urlPath` (with `${…}` for dynamic parts) names a page under `routes`. */
function resolvesTo(routes: string, urlPath: string): boolean {
  const segments = urlPath.split('/').filter(Boolean);
  const walk = (dir: string, rest: string[]): boolean => {
    const entries = readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());
    // Route groups `(name)` add no segment.
    if (entries.some((name) => /^\(.+\)$/.test(name) && walk(path.join(dir, name), rest))) return true;
    if (rest.length === 0) return isPage(dir);
    const [segment, ...tail] = rest as [string, ...string[]];
    const dynamic = segment.includes('${');
    return entries.some((name) => {
      const param = /^\[.+\]$/.test(name);
      if (dynamic ? !param : name !== segment && !param) return false;
      return walk(path.join(dir, name), tail);
    });
  };
  return walk(routes, segments);
}

describe('pages linked from e-mails and feeds', () => {
  const links = sourceFiles(coreSrc).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    // `const base = withoutTrailingSlash(options.storefrontUrl)`: `base` names the shop in this file.
    // Only a plain copy of the base counts; a name for a page under it (`ordersUrl`) does not.
    const aliases = new Map([...source.matchAll(/const (\w+) = (?:withoutTrailingSlash\()?[\w.]*?(storefrontUrl|adminUrl)\)?;/gi)].map((m) => [m[1]!, m[2]!]));
    return linksIn(source).flatMap((link) => {
      const app = appOf(aliases.get(link.base) ?? link.base);
      return app ? [{ file: path.relative(repoRoot, file), app, path: link.path }] : [];
    });
  });

  it('finds the links it checks (the scan itself works)', () => {
    expect(links.length).toBeGreaterThan(8);
    expect(links.some((l) => l.app === 'admin')).toBe(true);
  });

  it('resolves every link to a page of its app', () => {
    const missing = links.filter((link) => !resolvesTo(routesOf[link.app], link.path)).map((l) => `${l.file}: ${l.app} ${l.path}`);
    expect(missing).toEqual([]);
  });

  it('tells a missing page from an existing one', () => {
    expect(resolvesTo(routesOf.admin, '/rings/${slug}')).toBe(false);
    expect(resolvesTo(routesOf.admin, '/partners/rings/${slug}')).toBe(true);
    expect(resolvesTo(routesOf.storefront, '/partners/overview')).toBe(true);
  });
});
