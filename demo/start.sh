#!/usr/bin/env bash
# The one command that sets up a fresh machine and serves the demo at http://127.0.0.1:5173/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  npm install -g pnpm@10.34.9
fi
pnpm install --frozen-lockfile
pnpm start
