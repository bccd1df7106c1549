// Serves the demo partner sites until stopped (scripts/start.mjs runs it beside the store):
// DEMO_SITES_HOST / DEMO_SITES_PORT say where (the API reads the same two to point the demo ring
// at them), API_PUBLIC_URL and STOREFRONT_URL where the pages' widget and links go.
import { z } from 'zod';
import { startDemoSites } from './demo-sites-server.ts';

const env = z
  .object({
    DEMO_SITES_HOST: z.string().min(1).default('127.0.0.1'),
    DEMO_SITES_PORT: z.coerce.number().int().min(1).max(65_535).default(5173),
    API_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
    STOREFRONT_URL: z.string().url().default('http://127.0.0.1:3000'),
  })
  .parse(process.env);

const running = await startDemoSites({ host: env.DEMO_SITES_HOST, firstPort: env.DEMO_SITES_PORT, apiUrl: env.API_PUBLIC_URL, storefrontUrl: env.STOREFRONT_URL }).catch((error: unknown) => {
  const taken = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
  console.error(taken ? `A demo partner site's port (from ${env.DEMO_SITES_PORT}) is taken: stop what uses it or set DEMO_SITES_PORT.` : `The demo partner sites could not start: ${String(error)}`);
  process.exit(1);
});
console.log(`Demo partner sites: ${running.sites.map((s) => `${s.pageUrl} (${s.partnerCode})`).join(', ')}`);
const stop = () => void running.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
