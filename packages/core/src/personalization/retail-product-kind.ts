// The kind of product an Online Retail line sells, read from its description: the log has no
// categories, but its descriptions end in the product's type after the theme ("WHITE HANGING
// HEART T-LIGHT HOLDER", "JUMBO BAG RED RETROSPOT"). The last word that is not a colour, size,
// pattern or packaging word, in the singular, is the kind: holder, bag, mug, candle. The import
// files products under a category per kind, so complements (another kind) and substitutes (the
// same kind) mean something on a real shop's catalog too.

/** Words that describe rather than name the product; skipped from the end. */
const DESCRIPTIVE = new Set([
  'PINK', 'RED', 'BLUE', 'GREEN', 'WHITE', 'BLACK', 'IVORY', 'CREAM', 'GOLD', 'SILVER', 'PURPLE', 'YELLOW', 'ORANGE', 'BROWN', 'GREY', 'TURQUOISE', 'LILAC', 'AMBER', 'CLEAR', 'COLOUR', 'COLOURS', 'MULTICOLOUR', 'PASTEL', 'NATURAL', 'VINTAGE',
  'LARGE', 'SMALL', 'CM', 'MEDIUM', 'MINI', 'JUMBO', 'BIG', 'GIANT', 'TALL',
  'DESIGN', 'SET', 'ASSORTED', 'RETROSPOT', 'POLKADOT', 'SPOT', 'SPOTS', 'STRIPE', 'STRIPES', 'PAISLEY', 'FLORAL', 'DAMAGED', 'DESIGNS', 'STYLE', 'PACK', 'OF', 'AND', 'WITH', 'IN', 'THE',
]);
const IRREGULAR: Record<string, string> = { BOXES: 'BOX', GLASSES: 'GLASS', DISHES: 'DISH', BRUSHES: 'BRUSH', LIGHTS: 'LIGHT', 'T-LIGHTS': 'T-LIGHT', EARRINGS: 'EARRINGS', CUTLERY: 'CUTLERY', CHRISTMAS: 'CHRISTMAS' };

/** The kind of a described product, lower case ("holder"), or "other" when no word names it. */
export function retailProductKind(description: string): string {
  const words = description.toUpperCase().split(/[^A-Z-]+/).filter((w) => w.length > 1 && !/^\d/.test(w));
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (DESCRIPTIVE.has(word)) continue;
    return singular(word).toLowerCase();
  }
  return 'other';
}

function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith('IES') && word.length > 4) return `${word.slice(0, -3)}Y`;
  if (word.endsWith('S') && !/(SS|US|IS)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}
