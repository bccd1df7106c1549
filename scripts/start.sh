#!/usr/bin/env bash
# The first README command: install everything and start the whole store on the embedded
# defaults (PGlite on disk, demo catalog seeded on first start), then print the URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bootstrap.sh
ensure_pnpm
install_dependencies
echo "› building the storefront and the admin app"
pnpm --filter @tandem/storefront build >/dev/null
pnpm --filter @tandem/admin build >/dev/null
exec node scripts/start.mjs
