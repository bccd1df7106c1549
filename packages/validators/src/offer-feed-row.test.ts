import { describe, expect, it } from 'vitest';
import { offerFeedRow } from './offer-feed-row.ts';

const schema = offerFeedRow('NL');
const good = { id: 'A1', title: 'Carbon saddle', link: 'https://shop.example/a1', price: '49.95 EUR' };
const reasons = (row: object) => {
  const result = schema.safeParse(row);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('offerFeedRow', () => {
  it('normalises a full row', () => {
    expect(schema.parse({ ...good, sale_price: '44.50 EUR', shipping: 'NL:::4.95 EUR', availability: 'out_of_stock', gtin: '4006381333931', mpn: ' X-1 ', brand: 'Acme' })).toEqual({
      externalId: 'A1', title: 'Carbon saddle', link: 'https://shop.example/a1', gtin: '04006381333931', mpn: 'X-1', brand: 'Acme',
      priceAmount: 4995, saleAmount: 4450, currency: 'EUR', shippingAmount: 495, availability: 'OUT_OF_STOCK',
    });
  });

  it('accepts JSON numbers and a separate currency column; availability defaults to in stock', () => {
    expect(schema.parse({ ...good, price: 49.95, currency: 'eur', shipping: 3 })).toMatchObject({ priceAmount: 4995, shippingAmount: 300, availability: 'IN_STOCK' });
  });

  it('folds line breaks a CSV quoted inside a value into spaces, and still refuses other control characters', () => {
    expect(schema.parse({ ...good, title: 'Carbon\r\nsaddle\tblack' })).toMatchObject({ title: 'Carbon saddle black' });
    expect(reasons({ ...good, title: 'Carbon\u0000saddle' })).toEqual(['title: Contains characters that are not allowed']);
  });

  it('reads a plain shipping amount in the price currency', () => {
    expect(schema.parse({ ...good, shipping: '4.95' })).toMatchObject({ shippingAmount: 495, currency: 'EUR' });
  });

  it('lists every reason a row is rejected', () => {
    expect(reasons({ id: '', title: 'x', link: 'ftp://x', price: 'cheap', gtin: '4006381333932', availability: 'soon' })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: is required/),
        expect.stringMatching(/^link: must be an http\(s\) URL/),
        expect.stringMatching(/^price: "cheap" is not an amount/),
        expect.stringMatching(/^gtin: .*not a valid GTIN/),
        expect.stringMatching(/^availability: must be/),
      ]),
    );
  });

  it('rejects a sale price above the price or in another currency', () => {
    expect(reasons({ ...good, sale_price: '59 EUR' })).toEqual(['sale_price: is higher than the price']);
    expect(reasons({ ...good, sale_price: '40 USD' })).toEqual(['sale_price: is in USD, the price in EUR']);
  });
});
