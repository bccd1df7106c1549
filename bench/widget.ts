// Widget benchmark: (1) the built script's gzipped size against the 10 KB budget; (2) time to
// first render on a fake partner page in Chromium (median of N cold loads) next to a baseline page
// with the same products as static markup; (3) p50/p99 of GET /widget/crosslinks under load
// (autocannon) next to GET /health on the same server, rounds alternating.
// Usage: pnpm bench:widget [--loads 15] [--rounds 3] [--duration 5] [--connections 16]
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import { createTestDatabase, makeCategory, makeProduct } from '@tandem/db/testing';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createApiServer } from '@tandem/api-server/server';
import { buildWidget, WIDGET_GZIP_BUDGET } from '@tandem/widget';
import { chromium } from 'playwright-core';
import { partnerPageHtml, startFakePartnerSite, staticBaselineHtml } from '../e2e/support/fake-partner-site.ts';
import { Cleanup } from './lib/cleanup.ts';
import { runLoad } from './lib/load.ts';
import { median } from './lib/stats.ts';

const { values: flags } = parseArgs({ options: { loads: { type: 'string', default: '15' }, rounds: { type: 'string', default: '3' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '16' }, 'partner-port': { type: 'string', default: '5430' } } });
const LOADS = Number(flags.loads);
const ROUNDS = Number(flags.rounds);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const PARTNER_PORT = Number(flags['partner-port']);
const partnerOrigin = `http://127.0.0.1:${PARTNER_PORT}`;
const cleanup = new Cleanup();
cleanup.onSignals();

try {
  // 1. Size.
  const widget = await buildWidget();
  console.log(`widget.js v${widget.version}: ${widget.code.length} B minified, ${widget.gzipBytes} B gzipped = ${((100 * widget.gzipBytes) / WIDGET_GZIP_BUDGET).toFixed(0)} % of the ${WIDGET_GZIP_BUDGET} B budget`);

  // 2. A small catalog, an approved partner, the API.
  const db = await createTestDatabase();
  cleanup.add('close the database', () => db.close());
  const engine = new PostgresSearchEngine(db.prisma);
  const bikes = await makeCategory(db.prisma, 'bikes');
  for (let i = 0; i < 60; i++) {
    const kind = ['Road', 'Gravel', 'City', 'Mountain'][i % 4]!;
    await makeProduct(db.prisma, { slug: `${kind.toLowerCase()}-bike-${i}`, title: `${kind} bike ${i}`, categoryId: bikes.id, variants: [{ priceAmount: 50_000 + i * 1_000 }] });
  }
  const customer = await db.prisma.customer.create({ data: { email: 'bench-partner@example.test', name: 'Bench', passwordHash: 'unused' } });
  await db.prisma.partner.create({ data: { code: 'bench-blog', name: 'Bench blog', websiteUrl: partnerOrigin, contactEmail: 'bench@example.test', customerId: customer.id, status: 'APPROVED', allowedOrigins: [partnerOrigin] } });
  await engine.applySettings(storeSearchSettings);
  await reindexAll(db.prisma, engine);
  const server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: 'http://127.0.0.1:3430', services: { ...embeddedAdapters(db.prisma), search: engine } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.add('close the API', () => new Promise<void>((resolve) => server.close(() => resolve())));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // 3. Time to first render in Chromium, widget page vs. the same products as static markup.
  const sample = (await (await fetch(`${api}/widget/crosslinks?partner=bench-blog&context=road&limit=4`)).json()) as { products: { name: string; url: string }[] };
  const stopSite = await startFakePartnerSite(PARTNER_PORT, {
    '/': () => partnerPageHtml({ apiUrl: api, partnerCode: 'bench-blog', context: 'road' }),
    '/baseline': () => staticBaselineHtml(sample.products),
  });
  cleanup.add('stop the partner site', stopSite);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanup.add('close Chromium', () => browser.close());
  const firstRender = async (path: string, rendered: string): Promise<number> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${partnerOrigin}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(rendered, undefined, { polling: 'raf', timeout: 15_000 });
    const ms = await page.evaluate('performance.now()');
    await context.close();
    return ms as number;
  };
  const widgetReady = `document.querySelector('tandem-crosslinks')?.shadowRoot?.querySelectorAll('li').length > 0`;
  const baselineReady = `document.querySelectorAll('#static li').length > 0`;
  await firstRender('/', widgetReady);
  const widgetMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    baselineMs.push(await firstRender('/baseline', baselineReady));
    widgetMs.push(await firstRender('/', widgetReady));
  }
  const renderRatio = median(widgetMs.map((w, i) => w / baselineMs[i]!));
  console.log(`first render (median of ${LOADS} cold loads): widget ${median(widgetMs).toFixed(1)} ms, static baseline ${median(baselineMs).toFixed(1)} ms, ratio ${renderRatio.toFixed(2)}×`);

  // 4. Load: /widget/crosslinks vs. /health, alternating rounds.
  const contexts = ['road', 'gravel', 'city', 'mountain'];
  const widgetPaths = contexts.map((c) => `/widget/crosslinks?partner=bench-blog&context=${c}&limit=4`);
  const rounds: { health: Awaited<ReturnType<typeof runLoad>>; widget: Awaited<ReturnType<typeof runLoad>> }[] = [];
  await runLoad({ origin: api, paths: widgetPaths, connections: CONNECTIONS, duration: 2 });
  for (let r = 0; r < ROUNDS; r++) {
    const health = await runLoad({ origin: api, paths: ['/health'], connections: CONNECTIONS, duration: DURATION });
    const widgetLoad = await runLoad({ origin: api, paths: widgetPaths, connections: CONNECTIONS, duration: DURATION });
    rounds.push({ health, widget: widgetLoad });
    console.log(`round ${r + 1}: /health p50 ${health.p50} ms p99 ${health.p99} ms ${health.rps.toFixed(0)} req/s; /widget/crosslinks p50 ${widgetLoad.p50} ms p99 ${widgetLoad.p99} ms ${widgetLoad.rps.toFixed(0)} req/s (errors ${health.errors + widgetLoad.errors}, non-2xx ${health.non2xx + widgetLoad.non2xx})`);
  }
  const m = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
  console.log('\n| target | p50 ms | p99 ms | req/s |\n| --- | --- | --- | --- |');
  console.log(`| GET /health (baseline) | ${m((r) => r.health.p50)} | ${m((r) => r.health.p99)} | ${m((r) => r.health.rps).toFixed(0)} |`);
  console.log(`| GET /widget/crosslinks | ${m((r) => r.widget.p50)} | ${m((r) => r.widget.p99)} | ${m((r) => r.widget.rps).toFixed(0)} |`);
  console.log(`widget/health throughput ratio (median of rounds): ${m((r) => r.widget.rps / r.health.rps).toFixed(2)}`);
} finally {
  await cleanup.run();
}
