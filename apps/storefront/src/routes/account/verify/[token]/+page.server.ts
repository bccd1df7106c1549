// The page a confirmation e-mail links to. Opening it confirms the address: the link only
// reached its owner's mailbox, so following it is the proof, and a GET keeps it one click (no
// page in the store links here, so nothing preloads it). The outcome is shown, never thrown.
import { EmailVerificationInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const parsed = EmailVerificationInput.safeParse({ token: params.token });
  const { state } = parsed.success ? await locals.api.auth.verifyEmail.mutate({ token: parsed.data.token }).catch(rethrowApiError) : { state: 'invalid' as const };
  return { state, signedIn: locals.customer !== null };
}) satisfies PageServerLoad;
