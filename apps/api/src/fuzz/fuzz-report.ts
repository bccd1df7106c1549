// Test support for the API fuzzers: counts what was sent and what went wrong, prints it, and
// writes it under .data/test-results/ where scripts/test-summary.mjs adds it to the closing lines.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Answer } from './response-checks.ts';
import { problemsOf } from './response-checks.ts';

const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../../.data/test-results');

/** The seed and the number of inputs per procedure and caller: fixed in CI, `FUZZ_SEED` / `FUZZ_RUNS` to go further locally. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 16);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2);

export class FuzzReport {
  requests = 0;
  serverErrors = 0;
  readonly findings: string[] = [];

  constructor(readonly name: string) {}

  /** Counts one answer and remembers what is wrong with it under `what` (the request, in short). */
  record(what: string, answer: Answer, options?: { apiErrors?: boolean }): void {
    this.requests++;
    if (answer.status >= 500 || answer.status === 0) this.serverErrors++;
    const problems = problemsOf(answer, options);
    if (problems.length > 0) this.findings.push(`${what}: ${problems.join(', ')} — ${answer.body.slice(0, 160)}`);
  }

  /** Prints the figures and writes `fuzz-<name>-<engine>.json`. */
  async write(): Promise<void> {
    const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
    const figures = { fuzzer: this.name, engine, seed: FUZZ_SEED, runs: FUZZ_RUNS, requests: this.requests, serverErrors: this.serverErrors, findings: this.findings.length };
    console.log(`fuzz ${this.name} (${engine}, seed ${FUZZ_SEED}): ${this.requests} requests, ${this.serverErrors} server errors, ${this.findings.length} findings`);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(path.join(RESULTS_DIR, `fuzz-${this.name}-${engine}.json`), JSON.stringify(figures, null, 2));
  }
}
