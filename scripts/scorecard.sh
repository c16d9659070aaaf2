#!/usr/bin/env bash
# The importer's scorecard (not a test of its own: ./scripts/test.sh runs the same check among
# the native tests). Imports every fixture of crates/launchplan-core/tests/corpus/ and prints
# recall per fixture and per rule against their answer keys.
#   ./scripts/scorecard.sh                      print the table
#   UPDATE_SCORECARD=1 ./scripts/scorecard.sh   record the figures as the new floor
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec cargo test --quiet -p launchplan-core --test scorecard -- --nocapture
