import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { classifyRetailRow } from './online-retail.ts';
import { emptyRetailReport, readOnlineRetail } from './online-retail-reader.ts';

const FIXTURE = new URL('./fixtures/online-retail-sample.csv', import.meta.url);
const row = (line: string) => line.split(',');

describe('classifyRetailRow', () => {
  it('reads a sale with the price in exact pence and the customer id without its float suffix', () => {
    expect(classifyRetailRow(row('536365,85123a,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom'))).toEqual({
      ok: true,
      line: { invoice: '536365', cancellation: false, stockCode: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER', quantity: 6, at: new Date('2010-12-01T08:26:00Z'), unitAmount: 255, customerId: '17850', country: 'United Kingdom' },
    });
  });

  it('keeps a cancellation with its negative quantity', () => {
    const result = classifyRetailRow(row('C536379,22556,PLASTERS IN TIN CIRCUS PARADE,-12,2010-12-01 09:41:00,1.65,14527.0,United Kingdom'));
    expect(result).toMatchObject({ ok: true, line: { cancellation: true, quantity: -12, unitAmount: 165 } });
  });

  it('gives each kind of unusable row its reason', () => {
    const reason = (line: string) => {
      const result = classifyRetailRow(row(line));
      return result.ok ? 'kept' : result.reason;
    };
    expect(reason('536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France')).toBe('non_product_code');
    expect(reason('C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom')).toBe('non_product_code');
    expect(reason('537000,gift_0001_20,Dotcomgiftshop Gift Voucher £20.00,1,2010-12-03 12:00:00,17.02,,United Kingdom')).toBe('gift_voucher');
    expect(reason('536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom')).toBe('no_customer');
    expect(reason('536981,72817,,1,2010-12-03 12:00:00,0.0,14911.0,EIRE')).toBe('non_positive_price');
    expect(reason('536982,72817,X,1,2010-12-03 12:00:00,0.001,14911.0,EIRE')).toBe('price_below_a_penny');
    expect(reason('536983,72817,X,-3,2010-12-03 12:00:00,1.00,14911.0,EIRE')).toBe('non_positive_quantity');
    expect(reason('C536984,72817,X,3,2010-12-03 12:00:00,1.00,14911.0,EIRE')).toBe('cancellation_with_positive_quantity');
    expect(reason('536985,72817,X,three,2010-12-03 12:00:00,1.00,14911.0,EIRE')).toBe('malformed');
    expect(reason('536986,72817,X,3,2010-02-30 12:00:00,1.00,14911.0,EIRE')).toBe('malformed');
    expect(reason('536987,72817,X,3')).toBe('malformed');
  });
});

describe('readOnlineRetail', () => {
  it('streams the sample extracted from the real log and accounts for every line', async () => {
    const report = emptyRetailReport();
    const skipped: number[] = [];
    const kept = [];
    const lines = createInterface({ input: createReadStream(FIXTURE), crlfDelay: Infinity });
    for await (const line of readOnlineRetail(lines, report, { onSkip: ({ line: n }) => skipped.push(n) })) kept.push(line);
    const skippedTotal = Object.values(report.skipped).reduce((a, b) => a + b, 0);
    expect(report.lines).toBe(258);
    expect(report.sales + report.cancellations + skippedTotal).toBe(report.lines);
    expect(kept).toHaveLength(report.sales + report.cancellations);
    expect(skipped).toHaveLength(skippedTotal);
    expect(report.cancellations).toBeGreaterThan(0);
    expect(Object.keys(report.skipped).sort()).toEqual(['gift_voucher', 'no_customer', 'non_positive_price', 'non_product_code']);
    expect(kept.find((l) => l.stockCode === '82567')?.description).toBe('AIRLINE LOUNGE,METAL SIGN');
  });

  it('refuses a file that is not the Online Retail log', async () => {
    const lines = (async function* () {
      yield 'customer_id,product_id';
    })();
    await expect(readOnlineRetail(lines, emptyRetailReport()).next()).rejects.toThrow(/Not an Online Retail log/);
  });
});
