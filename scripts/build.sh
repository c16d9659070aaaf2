#!/usr/bin/env bash
# Installs what is missing, then builds the release site into dist/ for any static host.
# Every URL in it is relative, so dist/ works at any path (https://example.org/tools/launchplan/).
# To make them absolute for one address instead, give its path: ./scripts/build.sh /tools/launchplan/
source "$(dirname "${BASH_SOURCE[0]}")/ensure-tools.sh"
ensure_build_tools
cd "$ROOT"
step "trunk build --release${1:+ --public-url $1} (release wasm on $RELEASE_TOOLCHAIN)"
release_build ${1:+--public-url "$1"}
node scripts/size-report.mjs dist
