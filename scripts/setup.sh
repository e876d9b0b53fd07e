#!/usr/bin/env bash
# Prepares a fresh Debian machine to run SmartAPIForge: system packages, the pinned pnpm, the
# workspace's dependencies (from the lockfile) and a build of every package. Safe to run again.
# --test also installs what the test suite needs beyond that: debootstrap (the Python runtime image
# for FastAPI projects) and Chromium (browser tests of the reference server's page).
set -euo pipefail
with_test_tools=false
[ "${1:-}" = "--test" ] && with_test_tools=true
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# bubblewrap isolates generated code; its absence is the one thing the default pipeline cannot work around.
missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if $with_test_tools; then
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is required (found $(node --version))." >&2
  exit 1
fi

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version"
  as_root npm install -g --silent "pnpm@$pnpm_version"
fi

pnpm install --frozen-lockfile
# Build quietly, but show the whole log when something fails.
build_log=$(mktemp)
if ! pnpm -r build >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "setup: the build failed (log above)." >&2
  exit 1
fi
rm -f "$build_log"

if $with_test_tools; then
  # The Python runtime image FastAPI projects are tested in: built once (minutes, from Debian's
  # archive), then reused offline from /var/cache/smartapiforge (or the user's cache).
  node packages/scaffolders/scripts/ensure-runtime-image.mjs
fi
echo "setup: ready"
