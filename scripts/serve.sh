#!/usr/bin/env bash
# Installs what is missing, then serves Launchplan on http://127.0.0.1:8080 with live reload.
source "$(dirname "${BASH_SOURCE[0]}")/ensure-tools.sh"
ensure_build_tools
cd "$ROOT"
step "Serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve "$@"
