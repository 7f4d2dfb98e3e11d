#!/usr/bin/env bash
# First README command: installs everything, builds the extension and shows one answer from the build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
npm ci --no-audit --no-fund
npm run build
npx tsx scripts/show-sample.ts
