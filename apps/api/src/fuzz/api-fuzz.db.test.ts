// The API fuzzed over real HTTP, on one server started in-process. First every tRPC procedure,
// read from the router (a new one is fuzzed the moment it exists), with inputs derived from its zod
// input: shaped as the schema says, and the same inputs mutated (wrong types, missing and stray
// fields, megabyte strings, deep nesting, NUL and unicode edge cases, extreme numbers, huge
// arrays), sent by an anonymous caller, a shopper, an administrator and a partner with an API
// key. Then requests no tRPC client sends (malformed-requests.ts). Whatever comes in, the API
// answers without a server error or a trace of its insides, errors are JSON quoting the request
// id, and /health answers afterwards. FUZZ_SEED and FUZZ_RUNS (fuzz-report.ts) go further locally.
import { appRouter } from '@tandem/api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FUZZ_RUNS, FUZZ_SEED, FuzzReport } from './fuzz-report.ts';
import { startFuzzTarget, type FuzzTarget, type Identity } from './fuzz-target.ts';
import { mutated } from './hostile-inputs.ts';
import { MALFORMED_BYTES, MALFORMED_REQUESTS } from './malformed-requests.ts';
import { sendBytes, sendRaw } from './raw-requests.ts';
import type { Answer } from './response-checks.ts';
import { inputJsonSchema, validShaped } from './schema-arbitrary.ts';

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] };
}

const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures).sort(([a], [b]) => a.localeCompare(b));

let target: FuzzTarget;
const report = new FuzzReport('procedures');
const rawReport = new FuzzReport('raw-http');

beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => {
  await report.write();
  await rawReport.write();
  await target?.close();
});

/** A stable per-procedure seed, so one procedure's inputs do not change when another is added. */
function seedFor(path: string): number {
  let hash = FUZZ_SEED;
  for (const char of path) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Calls `path` the way tRPC's HTTP link does: a query as GET with `?input=`, a mutation as POST. */
function call(path: string, type: ProcedureDef['_def']['type'], input: unknown, identity: Identity): Promise<Answer> {
  const json = input === undefined ? undefined : JSON.stringify(input);
  if (type === 'query') return sendRaw(target.baseUrl, { path: `/trpc/${path}${json === undefined ? '' : `?input=${encodeURIComponent(json)}`}`, headers: identity.headers });
  return sendRaw(target.baseUrl, { method: 'POST', path: `/trpc/${path}`, headers: { ...identity.headers, 'Content-Type': 'application/json' }, body: json });
}

describe('the API under fuzzed input', () => {
  it('answers every procedure, whoever calls with whatever input, without a server error or a leak', async () => {
    const unmodelled: string[] = [];
    for (const [path, procedure] of procedures) {
      let inputs: unknown[];
      try {
        const schema = procedure._def.inputs[0];
        const valid = schema ? validShaped(inputJsonSchema(schema), target.knownIds) : fc.constant(undefined);
        const seed = seedFor(path);
        const bad = fc.sample(mutated(valid), { seed: seed + 1, numRuns: 2 * FUZZ_RUNS });
        // Well-shaped and mutated in turn, so every caller gets both.
        inputs = fc.sample(valid, { seed, numRuns: 2 * FUZZ_RUNS }).flatMap((good, i) => [good, bad[i]]);
      } catch (error) {
        unmodelled.push(`${path}: ${String(error)}`);
        continue;
      }
      const identities = await target.identities();
      // Each caller gets its own share of well-shaped and mutated inputs; callers run side by side.
      await Promise.all(
        identities.map(async (identity, i) => {
          for (let n = 0; n < FUZZ_RUNS; n++) {
            const input = inputs[(i * FUZZ_RUNS + n) % inputs.length];
            report.record(`${identity.name} ${path} ${describeInput(input)}`, await call(path, procedure._def.type, input, identity));
          }
        }),
      );
    }
    const health = await fetch(`${target.baseUrl}/health`);
    expect(unmodelled).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(health.status).toBe(200);
  }, 600_000);

  it('answers every malformed request with a 4xx in JSON that quotes the request id', async () => {
    for (const { what, request, apiErrors } of MALFORMED_REQUESTS) rawReport.record(what, await sendRaw(target.baseUrl, request), { apiErrors });
    for (const bytes of MALFORMED_BYTES) rawReport.record(`raw bytes ${JSON.stringify(bytes.slice(0, 40))}`, await sendBytes(target.baseUrl, bytes));
    const health = await fetch(`${target.baseUrl}/health`);
    expect(rawReport.findings).toEqual([]);
    expect(health.status).toBe(200);
  }, 300_000);
});

/** A short description of an input for a finding: its JSON, cut. */
function describeInput(input: unknown): string {
  const json = JSON.stringify(input) ?? 'no input';
  return json.length > 120 ? `${json.slice(0, 120)}… (${json.length} characters)` : json;
}
