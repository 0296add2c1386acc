#!/usr/bin/env bash
# Rewrites the reference images of the screenshot test (generator/core/src/test/resources/screenshots/) from the
# pages as they are now. Run it after a change of templates or styles that is meant to change how pages look, then
# LOOK at every image git status lists as changed before committing them with the change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-test-tools.sh
mvn -B -q -pl generator/core -am test -Dtest=ScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.update=true "$@"
git status --short -- generator/core/src/test/resources/screenshots
