#!/usr/bin/env bash
# Builds the `python-fastapi` runtime image: a minimal Debian trixie root filesystem holding FastAPI
# 0.115, pydantic 2, SQLAlchemy 2 (with its C extensions), psycopg2, asyncpg, PyJWT with cryptography
# (JWKS), pytest, httpx and uvicorn, all from Debian's archive (PyPI is not needed, and is unreachable on our machines). The
# bubblewrap sandbox mounts it read-only as `/` to test and serve generated FastAPI projects: the
# local twin of an E2B template.
#
# Usage:  build-python-fastapi.sh [CACHE_ROOT]
#   CACHE_ROOT defaults to $SMARTAPIFORGE_CACHE_DIR, else /var/cache/smartapiforge when run as root,
#   else ${XDG_CACHE_HOME:-~/.cache}/smartapiforge.
#   Prints the image folder, CACHE_ROOT/runtimes/python-fastapi-<first 12 hex of sha256(this file)>,
#   as the last line on stdout; progress goes to stderr.
# Env:    DEBIAN_MIRROR (default http://deb.debian.org/debian), DEBIAN_SUITE (default trixie).
# Needs:  root and debootstrap (apt-get install -y debootstrap); network to the mirror on first run only.
#
# The folder name hashes this script, so editing the package list below yields a new image instead of
# silently reusing a stale one. The image is assembled in a staging folder and renamed into place,
# so concurrent builders (and readers) never see a half-built root; the loser of a race discards its
# copy. ensureRuntimeImage() in ../runtime-image.ts runs this same script.
#
# Exit codes: 0 ok, 2 usage, 3 not root, 4 debootstrap missing, 5 build or smoke test failed.
set -euo pipefail

packages=(
  python3-fastapi
  python3-pydantic
  python3-sqlalchemy
  # SQLAlchemy's compiled row and result processing; without it every row is built in pure Python.
  python3-sqlalchemy-ext
  python3-psycopg2
  # Reads on PostgreSQL: an asyncio driver, so routes answer without a thread-pool hand-off.
  python3-asyncpg
  python3-jwt
  python3-cryptography
  # cryptography depends on the virtual python3-cffi-backend-api-*, which debootstrap cannot resolve.
  python3-cffi-backend
  python3-pytest
  python3-httpx
  python3-uvicorn
  # uvicorn serves with uvloop's event loop and httptools' HTTP parser whenever they are installed.
  python3-uvloop
  python3-httptools
  # Spec-first projects: local account passwords (bcrypt) and requests checked against the contract's schemas.
  python3-bcrypt
  python3-jsonschema
  ca-certificates
)
suite="${DEBIAN_SUITE:-trixie}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

log() { printf '%s\n' "$*" >&2; }

if [[ $# -gt 1 ]]; then
  log "usage: $0 [CACHE_ROOT]"
  exit 2
fi
if [[ -n "${1:-}" ]]; then
  cache_root="$1"
elif [[ -n "${SMARTAPIFORGE_CACHE_DIR:-}" ]]; then
  cache_root="$SMARTAPIFORGE_CACHE_DIR"
elif [[ "$(id -u)" == 0 ]]; then
  cache_root=/var/cache/smartapiforge
else
  cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/smartapiforge"
fi

recipe_hash="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-12)"
runtimes="$cache_root/runtimes"
image="$runtimes/python-fastapi-$recipe_hash"

# The marker is written last, so its presence means the image is complete.
if [[ -f "$image/etc/smartapiforge-runtime" ]]; then
  log "runtime image already built: $image"
  printf '%s\n' "$image"
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  log "building the python-fastapi runtime image needs root (debootstrap creates device nodes and"
  log "chroots); rerun as root, e.g. sudo $0 $cache_root"
  exit 3
fi
if ! command -v debootstrap >/dev/null; then
  log "debootstrap is not installed; run: apt-get install -y debootstrap"
  exit 4
fi

mkdir -p "$runtimes"
chmod 755 "$cache_root" "$runtimes"
staging="$(mktemp -d "$runtimes/.python-fastapi-$recipe_hash.XXXXXX")"
cleanup() {
  # debootstrap mounts proc/sys inside the target; never let rm walk into them.
  for mount in proc sys dev/pts dev; do umount -l "$staging/$mount" 2>/dev/null || true; done
  rm -rf --one-file-system "$staging"
}
trap cleanup EXIT

started=$(date +%s)
log "debootstrap $suite (minbase + ${#packages[@]} packages) from $mirror into $staging"
include="$(IFS=,; printf '%s' "${packages[*]}")"
if ! debootstrap --variant=minbase --include="$include" "$suite" "$staging" "$mirror" >&2; then
  log "debootstrap failed; see $staging/debootstrap/debootstrap.log above. Check that $mirror is reachable."
  exit 5
fi

# Package caches and lists are only needed to install, and are a third of the size.
rm -rf "$staging"/var/cache/apt/archives/*.deb "$staging"/var/lib/apt/lists/* "$staging"/var/cache/apt/*.bin
# The sandbox binds the project here; the root is mounted read-only, so the mount point must exist.
mkdir -p "$staging/workspace"
# mktemp makes the folder private; sandboxes run as nobody and must read the whole tree.
chmod 755 "$staging"

versions="$(chroot "$staging" /usr/bin/python3 -c '
import fastapi, pydantic, sqlalchemy, httpx, uvicorn, pytest, psycopg2, jwt, cryptography, bcrypt, jsonschema, sys
import asyncpg, httptools, uvloop
assert pydantic.VERSION.startswith("2."), pydantic.VERSION
assert sqlalchemy.__version__.startswith("2."), sqlalchemy.__version__
from sqlalchemy.util import has_compiled_ext
assert has_compiled_ext(), "SQLAlchemy runs without its C extensions"
# PyJWKClient (JWKS) and the asymmetric algorithms it needs.
from jwt import PyJWKClient, algorithms
assert algorithms.has_crypto, "PyJWT cannot load cryptography"
# OpenAPI 3.1 schemas are JSON Schema 2020-12.
from jsonschema import Draft202012Validator
print(f"python={sys.version.split()[0]} fastapi={fastapi.__version__} pydantic={pydantic.VERSION} "
      f"sqlalchemy={sqlalchemy.__version__} httpx={httpx.__version__} uvicorn={uvicorn.__version__} "
      f"pytest={pytest.__version__} psycopg2={psycopg2.__version__.split()[0]} asyncpg={asyncpg.__version__} "
      f"pyjwt={jwt.__version__} cryptography={cryptography.__version__}")
')" || { log "smoke test failed: the image's python3 cannot import its packages"; exit 5; }
log "$versions"
printf 'recipe=%s\nsuite=%s\n%s\n' "$recipe_hash" "$suite" "$versions" >"$staging/etc/smartapiforge-runtime"

# rename(2) is atomic; if another builder won the race its image is equally complete, so keep it.
if ! mv -T "$staging" "$image" 2>/dev/null; then
  [[ -f "$image/etc/smartapiforge-runtime" ]] || { log "could not move the image into $image"; exit 5; }
  log "another process finished the image first; using it"
else
  trap - EXIT
fi
log "runtime image ready in $(($(date +%s) - started)) s: $image ($(du -sh --one-file-system "$image" | cut -f1))"
printf '%s\n' "$image"
