import { describe, expect, it } from 'vitest';
import { parseFeedMoney, parseFeedShipping } from './feed-money.ts';

describe('parseFeedMoney', () => {
  it('reads the amount in minor units with the currency before, after or elsewhere', () => {
    expect(parseFeedMoney('12.99 EUR')).toEqual({ amount: 1299, currency: 'EUR' });
    expect(parseFeedMoney('EUR 7.5')).toEqual({ amount: 750, currency: 'EUR' });
    expect(parseFeedMoney('1049', 'eur')).toEqual({ amount: 104_900, currency: 'EUR' });
    expect(parseFeedMoney('12,95 EUR')).toEqual({ amount: 1295, currency: 'EUR' });
    expect(parseFeedMoney('1500 JPY')).toEqual({ amount: 1500, currency: 'JPY' });
  });

  it('says what is wrong with a bad amount', () => {
    expect(parseFeedMoney('twelve EUR')).toMatch(/not an amount/);
    expect(parseFeedMoney('12.99')).toMatch(/no currency/);
    expect(parseFeedMoney('12.999 EUR')).toMatch(/more decimals/);
    expect(parseFeedMoney('-3 EUR')).toMatch(/not an amount/);
    expect(parseFeedMoney('EUR 3 USD')).toMatch(/two currencies/);
  });
});

describe('parseFeedShipping', () => {
  it('takes the entry for the country, else the one without a country', () => {
    expect(parseFeedShipping('DE:::6.90 EUR, NL:::4.95 EUR', 'NL')).toEqual({ amount: 495, currency: 'EUR' });
    expect(parseFeedShipping('DE:::6.90 EUR,:::8.00 EUR', 'NL')).toEqual({ amount: 800, currency: 'EUR' });
    expect(parseFeedShipping('3.50', 'NL', 'EUR')).toEqual({ amount: 350, currency: 'EUR' });
  });

  it('refuses shipping that never reaches the country or is malformed', () => {
    expect(parseFeedShipping('DE:::6.90 EUR', 'NL')).toMatch(/no shipping price for NL/);
    expect(parseFeedShipping('NL:4.95 EUR', 'NL')).toMatch(/country:region:service:price/);
  });
});
