import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { classifyRetailRow, type RetailLine } from './online-retail.ts';
import { emptyRetailReport, readOnlineRetail } from './online-retail-reader.ts';
import { runOfflineEvaluation } from './offline-evaluation.ts';
import { retailHistory } from './retail-history.ts';

const SPLIT = new Date('2011-07-01T00:00:00Z');
const FIXTURE = new URL('./fixtures/online-retail-sample.csv', import.meta.url);

async function* linesOf(rows: string[]): AsyncGenerator<RetailLine> {
  for (const row of rows) {
    const result = classifyRetailRow(row.split(','));
    if (result.ok) yield result.line;
  }
}

describe('retailHistory', () => {
  it('drops a purchase cancelled on its side of the split, but not one cancelled after the split', async () => {
    const history = await retailHistory(
      linesOf([
        '540001,22556,PLASTERS,12,2011-03-01 09:00:00,1.65,14527.0,United Kingdom',
        'C540002,22556,PLASTERS,-12,2011-03-02 09:00:00,1.65,14527.0,United Kingdom',
        '540003,21212,CAKE CASES,24,2011-03-01 09:00:00,0.55,14527.0,United Kingdom',
        'C570001,21212,CAKE CASES,-24,2011-08-01 09:00:00,0.55,14527.0,United Kingdom',
        '570002,84879,BIRD ORNAMENT,8,2011-08-02 09:00:00,1.69,14527.0,United Kingdom',
      ]),
      SPLIT,
    );
    expect(history.interactions.map((i) => i.productId)).toEqual(['21212', '84879']);
    expect(history.cancelledSales).toBe(1);
    expect(history.products.map((p) => [p.productId, p.title])).toEqual([['21212', 'CAKE CASES'], ['22556', 'PLASTERS'], ['84879', 'BIRD ORNAMENT']]);
  });

  it('evaluates every recommender and both baselines on the sample of the real log', async () => {
    const lines = createInterface({ input: createReadStream(FIXTURE), crlfDelay: Infinity });
    const { interactions, products } = await retailHistory(readOnlineRetail(lines, emptyRetailReport()), SPLIT);
    const evaluation = runOfflineEvaluation(interactions, products, SPLIT);
    expect(evaluation.testVisitors).toBeGreaterThan(5);
    expect(evaluation.testItems).toBeGreaterThanOrEqual(evaluation.testVisitors);
    expect(evaluation.results.map((r) => r.name)).toEqual(expect.arrayContaining(['popularity (baseline)', 'co-purchase (baseline)', 'bought together', 'for you (blend)']));
    for (const result of evaluation.results) {
      expect(result.visitors).toBe(evaluation.testVisitors);
      expect(Number.isFinite(result.novelty)).toBe(true);
    }
  });
});
