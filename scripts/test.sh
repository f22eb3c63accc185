#!/usr/bin/env bash
# `npm test`: every check and every test suite, against real PostgreSQL, RabbitMQ and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-infra.sh
bash scripts/ensure-deps.sh
results=tmp/test-results
rm -rf "$results" && mkdir -p "$results"
echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint (module boundaries included)"; npm run -s lint
status=0
run() {
  local name=$1; shift
  echo "== $name"
  npx jest -c jest.config.js --json --outputFile="$results/$name.json" "$@" || status=1
}
run unit --selectProjects unit
run integration --selectProjects integration --runInBand
run e2e --selectProjects e2e --runInBand
node tools/test-summary.js "$results"
exit $status
