// The layer order of core's bounded contexts, bottom to top: the one place it is written in code.
// A context may import only contexts on a LOWER layer, and only through their index.ts; contexts on
// the same layer are peers and never import each other. docs/architecture.md draws this list, and
// .dependency-cruiser.cjs turns it into lint rules (so the picture and the code cannot drift).
// Why this order: each layer needs only what is below it to do its job — see docs/architecture.md.
module.exports = [
  ['shared'],
  ['jobs', 'notifications'],
  ['accounts'],
  ['staff'],
  ['catalog'],
  ['configurator'],
  ['carts'],
  ['pricing'],
  ['offers'],
  ['search'],
  ['orders'],
  ['personalization', 'support'],
  ['partners'],
  ['checkout'],
  ['group-buys', 'seo'],
  ['dashboards', 'customers'],
];
