// Helpers of scripts/schemathesis.sh, in Node so the shell script stays short:
//   partner-key BASE_URL      signs in as the demo jersey shop (an approved partner) and prints
//                             a new API key and the session token, for the protected operations
//   figures HAR OUT_JSON      counts the requests and the 5xx answers in Schemathesis's HAR
//                             report, prints them and writes them for scripts/test-summary.mjs
import { readFile, writeFile } from 'node:fs/promises';

const DEMO_PARTNER = { email: 'jerseys@partners.tandem.test', password: 'tandem-demo-partner' };

async function trpc(baseUrl, path, input, headers = {}) {
  const response = await fetch(`${baseUrl}/trpc/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body?.error?.message ?? 'no message'}`);
  return body.result.data;
}

async function partnerKey(baseUrl) {
  const { session } = await trpc(baseUrl, 'auth.signIn', DEMO_PARTNER);
  const { key } = await trpc(baseUrl, 'partners.apiKeys.create', { label: `schemathesis ${Date.now()}` }, { Authorization: `Bearer ${session.token}` });
  return `${key} ${session.token}`;
}

async function figures(harPath, outPath) {
  const har = JSON.parse(await readFile(harPath, 'utf8'));
  const entries = har.log?.entries ?? [];
  const serverErrors = entries.filter((entry) => entry.response?.status >= 500);
  const result = { fuzzer: 'schemathesis', requests: entries.length, serverErrors: serverErrors.length };
  await writeFile(outPath, JSON.stringify(result, null, 2));
  console.log(`schemathesis: ${result.requests} requests, ${result.serverErrors} server errors`);
  for (const entry of serverErrors.slice(0, 20)) console.log(`  ${entry.response.status} ${entry.request.method} ${entry.request.url}`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'partner-key') console.log(await partnerKey(args[0]));
else if (command === 'figures') await figures(args[0], args[1]);
else {
  console.error('usage: schemathesis-support.mjs partner-key BASE_URL | figures HAR OUT_JSON');
  process.exit(2);
}
