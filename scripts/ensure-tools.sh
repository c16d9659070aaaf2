# shellcheck shell=bash
# Installs what Launchplan's build and tests need, skipping whatever is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; every step is idempotent.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# scripts/wasm-split comes first: Trunk's `wasm-bindgen` there splits the wasm before binding it.
export PATH="$ROOT/scripts/wasm-split:$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# Chromium comes from Debian; Playwright must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

TRUNK_VERSION=0.21.14
# The release wasm only is built on this pinned nightly (native builds, clippy and tests stay on
# stable): std rebuilt for size with panics that abort at once (see release_build).
RELEASE_TOOLCHAIN=nightly-2026-10-29
# Reads the format wasm_split_helpers 0.2.3 (Cargo.lock, through leptos) writes.
WASM_SPLIT_VERSION=0.2.4

step() { printf '\n==> %s\n' "$*"; }

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_build_tools() {
  step "Build tools (first run: about 25 minutes to compile Trunk, wasm-bindgen and wasm-split-cli; later runs: seconds)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    cargo install trunk --locked --version "$TRUNK_VERSION"
  fi

  local wbg
  wbg=$(locked_wasm_bindgen_version)
  if ! grep -q "^wasm_bindgen = \"$wbg\"$" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml pins a wasm_bindgen version other than Cargo.lock's $wbg: update [tools] wasm_bindgen" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wbg" ]; then
    # Without --locked: the CLI's own lock file names a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi

  if ! command -v wasm-split-cli >/dev/null ||
    ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    cargo install wasm_split_cli_support --locked --version "$WASM_SPLIT_VERSION" --features build-binary --force
  fi

  if ! rustup toolchain list | grep -q "^$RELEASE_TOOLCHAIN"; then
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --target wasm32-unknown-unknown -c rust-src
  fi
  # Trunk builds offline: std's own dependencies must be in cargo's cache first.
  (cd "$ROOT" && cargo "+$RELEASE_TOOLCHAIN" fetch --locked --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort)

  ensure_npm_packages
  ensure_chromium
  echo "rust target, $RELEASE_TOOLCHAIN for the release wasm, trunk $TRUNK_VERSION, wasm-bindgen $wbg, wasm-split-cli $WASM_SPLIT_VERSION, $(wasm-opt --version): ready"
}

# npm packages (binaryen's wasm-opt, Playwright), reinstalled only when package-lock.json changes.
ensure_npm_packages() {
  local stamp="$ROOT/node_modules/.launchplan-lock-stamp"
  local want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

ensure_test_tools() {
  step "Test tools (first run: 1-2 minutes for Chromium from Debian)"
  local comp
  for comp in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$comp"; then
      rustup component add "$comp"
    fi
  done
  ensure_chromium
}

# Debian's Chromium: the end-to-end tests drive it, and the release build renders the first
# paint with it (scripts/first-paint.mjs). Browsers cannot be downloaded here, only installed.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
  fi
  echo "$(/usr/bin/chromium --version 2>/dev/null): ready"
}

# `trunk build --release` (arguments added) into dist/, with the release wasm built for size on
# the pinned nightly: std rebuilt with `optimize_for_size`, panics that abort without formatting
# (`-Cpanic=immediate-abort`), no file locations or Debug formatting kept. About 40 KB gzip less
# than stable (README, "Size"). RUSTFLAGS replaces .cargo/config.toml's flags, so they are
# repeated here. Its own target directory keeps stable's cache for clippy and the debug build.
# rustc links through scripts/release-link, which leaves out exports the app never uses.
release_build() {
  (
    export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
    export CARGO_TARGET_DIR=$ROOT/target/wasm-release
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    LAUNCHPLAN_RUST_LLD="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld"
    export LAUNCHPLAN_RUST_LLD
    export RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$ROOT/scripts/release-link
    cd "$ROOT"
    rm -rf dist
    trunk build --release "$@"
  )
}
