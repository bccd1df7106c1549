// A form's replay key made in the browser, for forms on pages every visitor shares (the page
// cache serves one copy of a product page to all of them, so a key rendered into it would be
// shared too). Same shape as web-kit's server-side `newFormKey`.

/** 32 random bytes from the browser's CSPRNG, base64url (43 characters). */
export function browserFormKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
