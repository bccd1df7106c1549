// Node side of the widget: builds the browser script to one minified file with esbuild. The API
// host builds it on the first request for it and serves it from memory; `pnpm --filter @tandem/widget build`
// writes the same bytes to dist/widget.js (for a CDN, and the size budget).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { WIDGET_VERSION } from './version.ts';

export { WIDGET_VERSION };

/** The gzipped size budget of the built script, in bytes. */
export const WIDGET_GZIP_BUDGET = 10 * 1024;

export interface BuiltWidget {
  code: string;
  version: string;
  /** A strong ETag of the code. */
  etag: string;
  gzipBytes: number;
}

export async function buildWidget(): Promise<BuiltWidget> {
  // esbuild is imported on the first build (the first request for the script), not with the API.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('./index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    banner: { js: `/* Tandem widget v${WIDGET_VERSION} */` },
  });
  const code = result.outputFiles[0]!.text;
  const etag = `"w${WIDGET_VERSION}-${createHash('sha256').update(code).digest('base64url').slice(0, 16)}"`;
  return { code, version: WIDGET_VERSION, etag, gzipBytes: gzipSync(code, { level: 9 }).length };
}
