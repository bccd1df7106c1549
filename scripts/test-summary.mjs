// Adds up the Vitest and Playwright JSON reports into one closing line:
// "tests: N passed, N failed, N skipped".
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;

for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats) {
    // Playwright
    const { expected = 0, unexpected = 0, flaky = 0, skipped: s = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected;
    skipped += s;
    console.log(`${file}: ${expected + flaky} passed, ${unexpected} failed`);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
