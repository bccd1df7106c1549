import { describe, expect, it } from 'vitest';
import { TitleIndex, trigramSimilarity, trigrams } from './title-index.ts';

describe('trigrams', () => {
  it('pads each lower-cased word like pg_trgm', () => {
    expect([...trigrams('Cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigrams('foo-bar, Foo').size).toBe(trigrams('foo bar').size);
  });

  it('scores like pg_trgm similarity()', () => {
    // SELECT similarity('word', 'two words') = 0.36363637 in PostgreSQL.
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(0.363636, 5);
    expect(trigramSimilarity('Vector Cassette', 'vector cassette')).toBe(1);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('TitleIndex', () => {
  const index = new TitleIndex([
    { id: 'b', texts: ['Meridian Chainring 40T', 'Cadence Forge Meridian Chainring 40T'] },
    { id: 'a', texts: ['Keystone Handlebar'] },
  ]);

  it('finds the most similar title, using the best of an entry\u2019s texts', () => {
    expect(index.best('Cadence Forge Meridian Chainring 40T')).toEqual({ id: 'b', score: 1 });
    expect(index.best('keystone bar')?.id).toBe('a');
  });

  it('finds nothing for a title without a shared trigram', () => {
    expect(index.best('qqq')).toBeNull();
  });
});
