import { describe, expect, it } from 'vitest';
import { DEMO_FAQ } from '@tandem/db/seed';
import { bestFaqMatch, rankFaq, stem, terms } from './faq-matching.ts';

const entries = DEMO_FAQ.map((entry, index) => ({ id: `faq-${index}`, question: entry.question, keywords: entry.keywords, position: index }));
const idOf = (question: string) => `faq-${DEMO_FAQ.findIndex((entry) => entry.question === question)}`;

describe('FAQ matching', () => {
  it.each([
    ['When will my order arrive?', 'How long does delivery take?'],
    ['how long is delivery to Belgium', 'How long does delivery take?'],
    ['What is your return policy?', 'How do I return a product?'],
    ['I want to send back my helmet', 'How do I return a product?'],
    ['Can I pay with PayPal?', 'Which payment methods do you accept?'],
    ['what size frame should I get, I am 182cm', 'How do I choose the right frame size?'],
    ['HOW MUCH IS SHIPPING???', 'How much does shipping cost?'],
    ['can I change my delivery address', 'Can I cancel or change my order?'],
    ['how long does the custom jersey take', 'How long does a custom or made-to-measure order take?'],
  ])('answers "%s" with "%s"', (question, expected) => {
    expect(bestFaqMatch(question, entries)?.id).toBe(idOf(expected));
  });

  it.each([
    'Does the Canyon Aeroad come in matte black?',
    'Is this helmet compatible with a MIPS liner?',
    'Hi, I have a question about my order 1234, the pedals are missing',
    'Do you have stores in Amsterdam?',
    'Is the jersey available in XXL?',
    '???',
  ])('leaves "%s" to a person', (question) => {
    expect(bestFaqMatch(question, entries)).toBeNull();
  });

  it('ignores accents and case, and folds inflections', () => {
    expect(terms('Délivery ÉXCHANGES returning')).toEqual(['delivery', 'exchange', 'return']);
    expect(['shipping', 'shipped', 'ships'].map(stem)).toEqual(['ship', 'ship', 'ship']);
    expect(stem('address')).toBe('address');
  });

  it('ranks deterministically, best first, with scores in (0, 1]', () => {
    const first = rankFaq('how long until my bike is delivered', entries);
    expect(rankFaq('how long until my bike is delivered', [...entries].reverse())).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    for (const [index, match] of first.entries()) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      if (index > 0) expect(match.score).toBeLessThanOrEqual(first[index - 1]!.score);
    }
  });

  it('an entry asked word for word ranks first; one with nothing else scores 1', () => {
    const [best] = rankFaq('Which countries do you deliver to?', entries);
    expect(best?.id).toBe(idOf('Which countries do you deliver to?'));
    expect(best?.score).toBeGreaterThan(0.6);
    const single = [{ id: 'only', question: 'Gift cards', keywords: [], position: 0 }];
    expect(rankFaq('gift cards', single)).toEqual([{ id: 'only', score: 1 }]);
  });
});
