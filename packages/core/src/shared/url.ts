// Base URLs from configuration, in the one form links are built from.

/** A base URL without its trailing slashes, so `${base}/path` never doubles one: "https://shop.example/" → "https://shop.example". */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
