// The PostgreSQL extensions Tandem uses, loaded into embedded PGlite. PostgreSQL servers get
// the same ones from their contrib packages; migrations enable them with CREATE EXTENSION.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const pgliteExtensions = { pg_trgm, unaccent };
