// Architecture lint for packages/core (runs in `pnpm lint`): the contexts depend one way, in the
// order of architecture/layers.cjs, each through its index.ts, and core stays free of transport,
// UI and adapters. architecture/rules.test.ts proves each rule catches a deliberately bad import.
const layers = require('./architecture/layers.cjs');

const contexts = layers.flat();
const rankOf = new Map(layers.flatMap((names, rank) => names.map((name) => [name, rank])));
const anyOf = (names) => `^src/(${names.join('|')})/`;

/** For each context, the contexts on its own layer or above: importing any of them points up. */
const layerRules = contexts.map((name) => {
  const notBelow = contexts.filter((other) => other !== name && rankOf.get(other) >= rankOf.get(name));
  return {
    name: `layer-order:${name}`,
    comment: `${name} may import only contexts below it in architecture/layers.cjs (peers and higher layers are off limits).`,
    severity: 'error',
    from: { path: `^src/${name}/` },
    to: { path: notBelow.length ? anyOf(notBelow) : '^$' },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-context-internals',
      comment: "Another context is reached through its index.ts (its public door), never its files.",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^src/([^/]+)/.+',
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/configurator/browser\\.ts$'],
      },
    },
    {
      name: 'no-context-internals-in-tests',
      comment: "Tests may use another context's testing/ helpers, and otherwise only its index.ts.",
      severity: 'error',
      from: { path: '^src/([^/]+)/.*\\.test\\.ts$' },
      to: {
        path: '^src/([^/]+)/.+',
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/[^/]+/testing/', '^src/configurator/browser\\.ts$'],
      },
    },
    {
      name: 'no-cycle',
      comment: 'No import cycle, between contexts or inside one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-without-transport',
      comment: 'Core knows nothing of HTTP or the network: outbound calls go through ports the composition root fills.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(http|https|http2|net|tls|dns|dgram)$' },
    },
    {
      name: 'core-without-frameworks-or-adapters',
      comment: 'Core never imports tRPC, SvelteKit, an HTTP client or a concrete adapter; adapters are chosen in apps/api.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        path: [
          // resolved into node_modules, or left unresolved (a package core does not even depend on)
          '(^|/node_modules/)(@trpc|@sveltejs|svelte|undici|node-fetch|axios|stripe|meilisearch|nodemailer)(/|$)',
          // the payments and search packages only through their ports, never an adapter, the
          // factory that picks one, or a contract suite
          '^@tandem/(payments|search)/(offline|stripe|postgres|meilisearch|contract|testing)',
          '(^|/)(payments|search)/src/(offline|stripe|postgres|meilisearch|contract)/',
          '(^|/)(payments|search)/src/create-[a-z-]+\\.ts$',
        ],
      },
    },
    {
      name: 'core-never-reaches-an-adapter',
      comment: 'Not even through a barrel: a port entry that re-exports an adapter drags it into core.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { reachable: true, path: '(^|/)(payments|search)/src/(offline|stripe|postgres|meilisearch)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(generated|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
