// Adds up the fuzzers' figures (apps/api/src/fuzz writes fuzz-*.json, scripts/schemathesis.sh
// schemathesis.json) into "fuzzing: N requests, N 5xx", and the Vitest and Playwright JSON
// reports into the closing line "tests: N passed, N failed, N skipped", printed last.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
let fuzzRequests = 0;
let fuzzServerErrors = 0;

for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.log(`${file}: ${report.numPassedTests} passed · ${report.numFailedTests} failed`);
  } else if ('fuzzer' in report) {
    if (report.skipped) {
      console.log(`${file}: ${report.fuzzer} skipped (${report.skipped})`);
      continue;
    }
    fuzzRequests += report.requests;
    fuzzServerErrors += report.serverErrors;
    console.log(`${file}: ${report.fuzzer}${report.engine ? ` on ${report.engine}` : ''}, ${report.requests} requests, ${report.serverErrors} server errors`);
  } else if (report.stats) {
    // Playwright
    const { expected = 0, unexpected = 0, flaky = 0, skipped: s = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected;
    skipped += s;
    console.log(`${file}: ${expected + flaky} passed · ${unexpected} failed`);
  }
}
if (fuzzRequests > 0) console.log(`fuzzing: ${fuzzRequests} requests, ${fuzzServerErrors} server errors (5xx)`);
// Last, alone on its line: the closing line CI reads to know how many tests ran.
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
