#!/usr/bin/env bash
# Installs everything Vellum needs on a fresh Debian 12 machine with Node 20:
# Debian's chromium, iipimage-server, nginx, postgresql and fonts with CJK, Arabic, Hebrew and Ethiopic letters (for the tests), pnpm, and the workspace's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || missing+=(nginx)
[ -x /usr/lib/iipimage-server/iipsrv.fcgi ] || missing+=(iipimage-server)
# The annotation server's tests start a real PostgreSQL (with pg_trgm) beside the embedded PGlite.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
# CJK, Arabic, Hebrew, Devanagari and Ethiopic letters, so pages in those languages draw text, not boxes.
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  npm install -g pnpm@10.34.9
fi
pnpm install --frozen-lockfile
