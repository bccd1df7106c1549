// Writes dist/widget.js and says how big it is against the budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildWidget, WIDGET_GZIP_BUDGET } from '../src/bundle.ts';

const widget = await buildWidget();
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('widget.js', dist), widget.code);
console.log(`dist/widget.js v${widget.version}: ${widget.code.length} bytes, ${widget.gzipBytes} gzipped (budget ${WIDGET_GZIP_BUDGET})`);
if (widget.gzipBytes > WIDGET_GZIP_BUDGET) process.exit(1);
