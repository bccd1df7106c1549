// Small text helpers for labels built from data.

/** "frame-material" → "Frame material". */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
