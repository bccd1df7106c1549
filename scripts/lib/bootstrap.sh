# Shared by scripts/start.sh and scripts/test.sh: bring the tools this repo needs onto a fresh
# machine of this kind (Node 20 with npm is there; pnpm and Chromium are not).
export TURBO_TELEMETRY_DISABLED=1
export PRISMA_HIDE_UPDATE_MESSAGE=1
export CHECKPOINT_DISABLE=1

PNPM_VERSION=10.34.9

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION from the npm registry"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || {
      # Without write access to the global prefix, keep pnpm inside the repo.
      npm install --prefix "$PWD/.data/tools" "pnpm@$PNPM_VERSION" >/dev/null
      export PATH="$PWD/.data/tools/node_modules/.bin:$PATH"
    }
  fi
}

install_dependencies() {
  echo "› installing dependencies"
  pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^(Progress|Downloading|$)' | tail -n 5
}

ensure_chromium() {
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && return 0
  echo "› installing Debian's chromium for the end-to-end tests"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}
