#!/usr/bin/env bash
# `npm start`: the whole fleet (nine services, two gateway instances), migrations and demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-infra.sh
bash scripts/ensure-deps.sh
exec node tools/fleet/start.js "$@"
