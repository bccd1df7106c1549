// Embedded PGlite, its Prisma adapter and Tandem's extensions, imported when a PGlite database is
// opened rather than at start: an API on PostgreSQL never opens one, and the modules held about
// 15 MB in it (docs/decisions.md, "The API's resident memory on PostgreSQL").

/** PGlite's modules, loaded on first use; `openPglite` starts a new database from the migrated template. */
export async function loadPglite() {
  const [{ PGlite }, { PrismaPGlite }, { pgliteExtensions }, { openPglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
    import('./pglite-extensions.ts'),
    import('./template/open-pglite.ts'),
  ]);
  return { PGlite, PrismaPGlite, pgliteExtensions, openPglite };
}
