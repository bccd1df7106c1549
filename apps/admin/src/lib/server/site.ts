// The admin as web-kit's cookie and header rules see it: HTTPS when adapter-node's ORIGIN (the
// admin's public address) is https, read from configuration and never from a request header.
import { env } from '$env/dynamic/private';
import { frontEndSite, type FrontEndSite } from '@tandem/web-kit/site';

/** Which cookie names and security headers the admin's responses get. */
export function adminSite(): FrontEndSite {
  return frontEndSite('admin', env.ORIGIN);
}
