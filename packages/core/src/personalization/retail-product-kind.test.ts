import { describe, expect, it } from 'vitest';
import { retailProductKind } from './retail-product-kind.ts';

describe('the kind of an Online Retail product', () => {
  it('is the last word naming the product, in the singular, after colours, sizes and patterns', () => {
    expect(retailProductKind('WHITE HANGING HEART T-LIGHT HOLDER')).toBe('holder');
    expect(retailProductKind('JUMBO BAG RED RETROSPOT')).toBe('bag');
    expect(retailProductKind('CHILDRENS CUTLERY POLKADOT PINK')).toBe('cutlery');
    expect(retailProductKind('PARTY BUNTING')).toBe('bunting');
    expect(retailProductKind('PACK OF 72 RETROSPOT CAKE CASES')).toBe('case');
    expect(retailProductKind('SET/6 RED SPOTTY PAPER CUPS')).toBe('cup');
    expect(retailProductKind('ASSORTED COLOUR BIRD ORNAMENT')).toBe('ornament');
    expect(retailProductKind('BOXES OF 6 MINI BERRIES')).toBe('berry');
    expect(retailProductKind('PAPER CHAIN KIT 50\'S CHRISTMAS')).toBe('christmas');
    expect(retailProductKind('GLASS JAR 12 CM')).toBe('jar');
  });

  it('is "other" when nothing names the product', () => {
    expect(retailProductKind('')).toBe('other');
    expect(retailProductKind('RED 12')).toBe('other');
  });
});
