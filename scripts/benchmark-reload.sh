#!/usr/bin/env bash
# Benchmark: time from saving one session file of the example archive to the reloaded page of the preview
# (tagungsband serve) in headless Chromium. Prints one line per run and the median. Needs chromium and
# chromium-driver (scripts/ensure-test-tools.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-test-tools.sh
mvn -q -B -ntp -Dstyle.color=never -pl generator/core test -Dtest=ReloadBenchmark \
  -Dtagungsband.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep -E '^(run |save |of which)' || { echo "benchmark-reload: the benchmark failed; run it without the filter:" \
  "mvn -pl generator/core test -Dtest=ReloadBenchmark -Dtagungsband.excludedGroups=none" >&2; exit 1; }
