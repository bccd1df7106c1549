// The demo FAQ answers shoppers automatically, so its figures must be the demo store's own: the
// shipping table and the delivery times the shipping methods are named with.
import { describe, expect, it } from 'vitest';
import { demoShippingMethods } from './checkout-settings.ts';
import { DEMO_FAQ } from './support.ts';

const answer = (question: string) => DEMO_FAQ.find((entry) => entry.question === question)!.answer;
const euros = (cents: number) => `€${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`;

describe('the demo FAQ', () => {
  it('quotes every shipping price and free-shipping threshold of the demo shipping table', () => {
    const text = answer('How much does shipping cost?');
    for (const method of demoShippingMethods) {
      for (const rate of method.rates) {
        expect(text).toContain(euros(rate.amount));
        if (rate.freeOverAmount !== null) expect(text).toContain(`free over ${euros(rate.freeOverAmount)}`);
      }
    }
  });

  it('gives the delivery times the shipping methods promise at checkout', () => {
    const text = answer('How long does delivery take?');
    for (const method of demoShippingMethods) expect(text).toContain(/\(([^)]*days)\)/.exec(method.name)![1]!);
  });
});
