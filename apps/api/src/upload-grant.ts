// Who may send a whole file in one tRPC body: the larger limits of UPLOAD_BODY_BYTES go only to a
// request whose session is a staff account holding the upload procedure's permission. Checking
// for an Authorization header alone let anyone with a made-up token make the API read 112 MiB.
// The session is looked up only when an upload is among the calls, before a byte of the body.
import type { IncomingMessage } from 'node:http';
import { appRouter, type ApiServices } from '@tandem/api';
import { can, type Permission } from '@tandem/core/staff';
import { readRequestAuth } from './request-auth.ts';
import { UPLOAD_BODY_BYTES } from './request-limits.ts';

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } } | undefined>;

/**
 * The upload calls among `paths` that the request's session may make; empty for anyone else.
 * @example trpcBodyLimit(await grantedUploads(services, req, paths))
 */
export async function grantedUploads(services: ApiServices, req: IncomingMessage, paths: readonly string[]): Promise<string[]> {
  const uploads = paths.filter((path) => path in UPLOAD_BODY_BYTES);
  if (uploads.length === 0) return [];
  // Only the session token matters here; the client address is not read.
  const token = readRequestAuth(req, () => 'unused').sessionToken;
  const staff = token ? await services.accounts.authenticate(token) : null;
  if (!staff) return [];
  return uploads.filter((path) => {
    const permission = procedures[path]?._def.meta?.permission;
    return permission !== undefined && can(staff.roles, permission);
  });
}
