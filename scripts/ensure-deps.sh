#!/usr/bin/env bash
# Installs node_modules when missing or older than the lock file, then builds dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-deps: installing dependencies"
  # `npm install`, not `npm ci`: npm 11 leaves other platforms' optional binaries (@swc/core-darwin-*,
  # ...) out of the lock file and then `npm ci` refuses that same lock file as out of sync.
  npm install --no-audit --no-fund
fi
node tools/build.mjs
