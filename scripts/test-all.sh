#!/usr/bin/env bash
# The one test command (npm test): build, static checks, data check, unit tests, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "ERROR: Chromium not found at $chromium_bin. Browser tests need it: run 'bash scripts/install-system-deps.sh'" >&2
  echo "(or 'apt-get install chromium fonts-noto-cjk'), or set CHROMIUM_PATH." >&2
  exit 1
fi
step() { printf '\n== %s\n' "$*"; }
step build; npm run -s build
# Test-only variants (utils/test-flags.ts), each in its own .output/test-<flags>-chrome-mv3 folder.
step 'test variants'; npm run -s build:test-variants
step zip; npx wxt zip >/dev/null && npx wxt zip -b firefox --mv3 >/dev/null && ls .output/*.zip
step lint; npm run -s lint
step 'web-ext lint (Firefox build)'; npm run -s lint:firefox
step typecheck; npm run -s typecheck
step data:check; npm run -s data:check
log=$(mktemp -d)
step 'unit tests'; npm run -s test:unit 2>&1 | tee "$log/unit"
step 'browser tests'; npm run -s test:browser 2>&1 | tee "$log/browser"
# Every bench in its smoke mode (--quick: a few runs, no targets), so a broken bench fails here.
step 'bench smoke runs'; npm run -s bench:quick >"$log/bench" 2>&1 || { cat "$log/bench"; exit 1; }
grep -h 'quick smoke run' "$log/bench" || true
# One plain closing line for both runners (each has already failed the script if anything failed).
strip() { sed 's/\x1b\[[0-9;]*m//g' "$1"; }
unit=$(strip "$log/unit" | sed -n 's/^ *Tests *\([0-9]*\) passed.*/\1/p' | tail -1)
browser=$(strip "$log/browser" | sed -n 's/^ *\([0-9]*\) passed.*/\1/p' | tail -1)
echo
echo "tests: $((${unit:-0} + ${browser:-0})) passed, 0 failed"
