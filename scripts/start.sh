#!/usr/bin/env bash
# The first README command: install everything and start the whole store on the embedded
# defaults (PGlite on disk, demo catalog seeded on first start), then print the URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bootstrap.sh
ensure_pnpm
install_dependencies
# The migrated PGlite template (docs/decisions.md) is made beside the app builds, so the API's
# first start copies it instead of creating and migrating the database (start.mjs makes it again
# if this failed, and says so when it cannot).
if [ -z "${DATABASE_URL:-}" ]; then pnpm db:template >/dev/null & fi
echo "› building the storefront and the admin app"
pnpm --filter @tandem/storefront build >/dev/null
pnpm --filter @tandem/admin build >/dev/null
wait
exec node scripts/start.mjs
