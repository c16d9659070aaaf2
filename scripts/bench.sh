#!/usr/bin/env bash
# The benchmark (not a test: it measures and prints, see bench/run.mjs). Installs what is missing,
# builds the release site, plans of 1,000 and 10,000 items and TiddlyWiki's empty edition, then
# measures them all in headless Chromium. Options go to bench/run.mjs:
#   ./scripts/bench.sh [--runs N] [--no-lighthouse] [--save-baseline]
source "$(dirname "${BASH_SOURCE[0]}")/ensure-tools.sh"
ensure_build_tools
ensure_test_tools
cd "$ROOT"

step "trunk build --release (release wasm on $RELEASE_TOOLCHAIN)"
release_build

step "Generated plans and TiddlyWiki's empty edition"
mkdir -p target/bench
for n in 1000 10000; do cargo run --quiet -p launchplan-cli -- generate "$n" -o target/bench; done
tiddlywiki node_modules/tiddlywiki/editions/empty --output target/bench/tiddlywiki \
  --render '$:/core/save/all' index.html text/plain

step "Measuring (a few minutes)"
node bench/run.mjs "$@"
