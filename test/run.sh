#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every check: types, lint, build, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/setup.sh
pnpm typecheck
pnpm lint
pnpm build
pnpm test
