#!/usr/bin/env bash
# Installs node_modules when missing or older than the lock file, then builds dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-deps: installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
node tools/build.mjs
