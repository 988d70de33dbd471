#!/usr/bin/env bash
# Regenerates docs/screenshots/KIND.png: one screenshot per report kind (weekly, scope2, esrs-e1, methodology,
# ai-act, maturity, label), each report's HTML page rendered from the fixture ledgers of the report tests
# (ReportGallery) in headless Chromium, 1280 px wide, the top 1200 px of the page.
# Needs chromium (or WATTPRINT_CHROMIUM=/path/to/chrome) and Maven; nothing needs to be installed first.
# Usage: docs/screenshots/make.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q test -pl wattprint-report -am -Dtest=ReportScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwattprint.screenshots="$root/docs/screenshots" 2>&1 | grep -E '^screenshot|FAIL|ERROR|SKIPPED' || true
ls -l "$root"/docs/screenshots/*.png
