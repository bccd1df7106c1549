// pglite-prisma-adapter's shadow database (used by the schema engine to replay migrations when
// diffing) is a bare PGlite without extensions, so a migration with CREATE EXTENSION pg_trgm
// fails there. This factory gives the shadow database the same extensions as every other PGlite.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { pgliteExtensions } from '../pglite-extensions.ts';

export class PrismaPGliteWithExtensions extends PrismaPGlite {
  override async connectToShadowDb() {
    const shadow = await PGlite.create({ dataDir: 'memory://shadow', extensions: pgliteExtensions });
    return new PrismaPGlite(shadow).connect();
  }
}
