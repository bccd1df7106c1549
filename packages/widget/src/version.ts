// The widget's version alone (no build tooling), for code that only needs to name its URL.
import { readFileSync } from 'node:fs';

/** The widget's version, from its package.json; the immutable URL is `/widget/v<version>.js`. */
export const WIDGET_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
