// Colour names used as option values and attributes, with the hex used to draw images.

export const colourHex: Record<string, string> = {
  Black: '#1f2328',
  White: '#eef0f2',
  Red: '#c8322f',
  Navy: '#1d3557',
  Olive: '#6b7a3a',
  Sand: '#c9b48a',
  Teal: '#1f8a8a',
  Orange: '#e57a24',
  Grey: '#7d8590',
  Yellow: '#f2c230',
  Blue: '#2f6fc8',
  Green: '#2e8b57',
  Purple: '#6d4ba3',
  Pink: '#e0719b',
  Silver: '#b8bec6',
};

export const bikeColours = ['Black', 'White', 'Red', 'Navy', 'Olive', 'Sand', 'Teal', 'Orange', 'Grey', 'Blue'];
export const apparelColours = ['Black', 'Navy', 'Red', 'White', 'Olive', 'Teal', 'Orange', 'Grey', 'Yellow', 'Pink'];
export const kitColours = ['Black', 'Silver', 'Grey', 'Red', 'Blue'];

export function hexFor(colour: string | undefined, fallback = '#1f2328'): string {
  return (colour && colourHex[colour]) ?? fallback;
}
