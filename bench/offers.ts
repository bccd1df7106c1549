// `pnpm bench:offers`: offer feed ingestion on a 10k-product catalog. For a 10k-row feed in CSV
// and in JSON it measures, in the same run: reading + validating only (the baseline: no
// database), matching only (GTIN/MPN/SKU/title lookups), a first import (inserts) and a
// re-import of the same feed (updates). Medians of --rounds runs. PGlite by default;
// --postgres-port <port> adds a throw-away PostgreSQL cluster on that port.
import { parseArgs } from 'node:util';
import { importOfferFeed, matchOffers, readFeed } from '@tandem/core/offers';
import type { Database } from '@tandem/db';
import { benchFeed } from './lib/offer-feed.ts';
import { preparePglite, preparePostgres, startPostgres, type PostgresCluster } from './lib/prepare.ts';
import { fmt, table } from './lib/report.ts';
import { median } from './lib/stats.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, products: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, 'postgres-port': { type: 'string' } } });
const rows = Number(values.rows);
const products = Number(values.products);
const rounds = Number(values.rounds);
const source = { slug: 'bench-feed', name: 'Bench feed', kind: 'COMPETITOR' as const, homepageUrl: 'https://bench.example' };

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function medianMs(run: () => Promise<unknown> | unknown, before?: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (before) await before();
    times.push(await timed(run));
  }
  return median(times);
}

async function measure(label: string, db: Database): Promise<string[][]> {
  const feed = await benchFeed(db, rows);
  console.error(`${label}: feed of ${rows} rows (GTIN ${feed.mix.gtin}, MPN ${feed.mix.mpn}, SKU ${feed.mix.sku}, title ${feed.mix.title})`);
  const reset = () => db.prisma.offerSource.deleteMany({ where: { slug: source.slug } });
  const lines: string[][] = [];
  for (const format of ['CSV', 'JSON'] as const) {
    const text = format === 'CSV' ? feed.csv : feed.json;
    const read = await medianMs(() => readFeed(text, format, 'NL'));
    const parsed = readFeed(text, format, 'NL').rows.map((r) => r.offer);
    const match = await medianMs(() => matchOffers(db.prisma, parsed));
    const insert = await medianMs(() => importOfferFeed(db.prisma, { source, format, text, full: true }), reset);
    const update = await medianMs(() => importOfferFeed(db.prisma, { source, format, text, full: true }));
    const report = await importOfferFeed(db.prisma, { source, format, text, full: true });
    if (report.rejectedCount || report.updatedCount !== rows) throw new Error(`Unexpected report: ${JSON.stringify({ ...report, rejectedRows: report.rejectedRows.slice(0, 3) })}`);
    const perSecond = (ms: number) => rows / (ms / 1000);
    for (const [step, ms] of [['read + validate (baseline)', read], ['match only', match], ['import, new offers', insert], ['re-import, same feed', update]] as const) {
      lines.push([label, format, step, fmt(ms, 0), fmt(perSecond(ms), 0), `${fmt((perSecond(ms) / perSecond(read)) * 100, 1)} %`]);
    }
  }
  await reset();
  return lines;
}

const results: string[][] = [];
const pglite = await preparePglite(products);
try {
  results.push(...(await measure('PGlite', pglite.db)));
} finally {
  await pglite.db.close();
}
if (values['postgres-port']) {
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgres(Number(values['postgres-port']));
    const postgres = await preparePostgres(cluster, products);
    try {
      results.push(...(await measure('PostgreSQL', postgres.db)));
    } finally {
      await postgres.db.close();
    }
  } finally {
    await cluster?.stop();
  }
}
console.log(`\nOffer feeds: ${rows.toLocaleString('en')} rows against ${products.toLocaleString('en')} products, medians of ${rounds} runs\n`);
console.log(table(['database', 'format', 'step', 'ms', 'rows/s', 'vs baseline'], results, [false, false, false, true, true, true]));
