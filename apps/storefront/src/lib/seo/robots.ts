// robots.txt: the shop is crawlable; carts, checkout, accounts, the partner portal, outbound
// partner links, support conversations and search results (and sorted listings) are not.
// The API and admin are separate hosts with robots rules of their own.
export const DISALLOWED = ['/cart', '/checkout', '/account', '/partners', '/out/', '/support/', '/configure/', '/search', '/*?*sort='] as const;

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', ...DISALLOWED.map((path) => `Disallow: ${path}`), '', `Sitemap: ${new URL('/sitemap.xml', origin).href}`, ''].join('\n');
}
