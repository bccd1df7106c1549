// `pnpm --filter @tandem/api-server build`: bundles the API (src/main.ts and the workspace
// packages' TypeScript it imports) into dist/main.js, run as `node apps/api/dist/main.js` with
// no TypeScript compiler at run time. Third-party packages stay outside the bundle, imported by
// paths relative to dist/ (pnpm keeps them beside the package that depends on them, where
// apps/api alone could not resolve them), so their wasm and data files (PGlite, Prisma) load
// from where they are installed. Workspace files keep their own `import.meta.url`, so paths
// they compute (migrations, the widget's sources, demo feeds) still point into the checkout.
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(appDir, 'dist');
// Built beside dist/ and swapped in whole: a running API imports its chunks when first used, so
// dist/ must never be empty or half-written while it runs (the start command's e2e spec rebuilds
// it next to the API the other specs use). A sibling, so paths relative to dist/ stay the same.
const nextdir = path.join(appDir, `dist-next-${process.pid}`);
const previousdir = path.join(appDir, `dist-previous-${process.pid}`);

/** Bare imports of third-party packages: external, by a path relative to dist/. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@tandem/') || args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving' });
      if (resolved.errors.length > 0 || !path.isAbsolute(resolved.path)) return { path: args.path, external: true };
      const relative = path.relative(outdir, resolved.path).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

/**
 * Workspace TypeScript keeps the `import.meta.url`, `import.meta.dirname` and
 * `import.meta.filename` of its own file (left as they are, they would name dist/: the demo
 * offers' feeds were looked for in dist/ and the first start of a built API failed).
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.')) return undefined;
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

// Chunks are named by their content: an earlier build's would pile up beside the new ones, so
// each build starts from an empty folder.
await rm(nextdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(appDir, 'src/main.ts')],
  outdir: nextdir,
  // Code a request may never need (the SVG sanitiser's jsdom, PDF, Stripe, SMTP, the widget's
  // esbuild, PGlite on PostgreSQL) is imported with `await import()`: split into chunks, it loads
  // when first used. Bundled into one file, its third-party imports were hoisted to the top and
  // loaded at every start (docs/decisions.md, "The API's resident memory on PostgreSQL").
  splitting: true,
  // Beside main.js: the paths to third-party packages are relative to dist/.
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalPackages, ownImportMeta],
}).catch(async (error) => {
  await rm(nextdir, { recursive: true, force: true });
  throw error;
});
await rename(outdir, previousdir).catch((error) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(nextdir, outdir);
await rm(previousdir, { recursive: true, force: true });
console.log(`Built ${path.relative(process.cwd(), path.join(outdir, 'main.js'))}`);
