#!/usr/bin/env bash
# Installs what is missing, then runs every check and test; stops at the first failure.
source "$(dirname "${BASH_SOURCE[0]}")/ensure-tools.sh"
ensure_build_tools
ensure_test_tools
cd "$ROOT"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets)"
cargo clippy --locked --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "cargo test (native core)"
cargo test --locked

step "trunk build --release"
rm -rf dist
trunk build --release

step "Size report (dist/)"
node scripts/size-report.mjs dist

step "End-to-end tests (Playwright, Debian Chromium, release build)"
npx playwright test --config tests/e2e/playwright.config.js

step "All checks passed"
