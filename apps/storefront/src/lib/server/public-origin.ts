// The storefront's public address for canonical URLs, Open Graph tags, JSON-LD and robots.txt:
// PUBLIC_STORE_URL, else adapter-node's ORIGIN, else the address the request came to.
import { env } from '$env/dynamic/private';

export function publicOrigin(requestUrl: URL): string {
  const configured = env.PUBLIC_STORE_URL || env.ORIGIN;
  return configured ? new URL(configured).origin : requestUrl.origin;
}
