// Sign-in attempts over real HTTP for the limit tests: one batched tRPC request or many parallel
// ones, answered as the tRPC code of each call ("OK" when it signed in).
export interface Credentials {
  email: string;
  password: string;
}

interface TrpcAnswer {
  result?: unknown;
  error?: { data?: { code?: string } };
}

const codeOf = (answer: TrpcAnswer): string => (answer.error ? (answer.error.data?.code ?? 'UNKNOWN') : 'OK');

/** Signs up over HTTP; throws when the API refuses. */
export async function signUpOverHttp(base: string, who: Credentials): Promise<void> {
  const response = await fetch(`${base}/trpc/auth.signUp`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...who, name: 'Ada' }) });
  if (!response.ok) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
}

/** All attempts in one batched request, in order. */
export async function signInBatch(base: string, attempts: readonly Credentials[]): Promise<string[]> {
  const paths = attempts.map(() => 'auth.signIn').join(',');
  const body = Object.fromEntries(attempts.map((attempt, i) => [i, attempt]));
  const response = await fetch(`${base}/trpc/${paths}?batch=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return ((await response.json()) as TrpcAnswer[]).map(codeOf);
}

/** One request per attempt, all sent at once (to the given API bases in turn). */
export async function signInParallel(bases: readonly string[], attempts: readonly Credentials[]): Promise<string[]> {
  return Promise.all(
    attempts.map(async (attempt, i) => {
      const response = await fetch(`${bases[i % bases.length]}/trpc/auth.signIn`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(attempt) });
      return codeOf((await response.json()) as TrpcAnswer);
    }),
  );
}

/** How many answers had each code. */
export function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}
