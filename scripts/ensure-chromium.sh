#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver (chromium, chromium-driver) for the browser tests when they are
# missing. Needs root (as on CI); otherwise it says what to install and the browser tests are skipped (on CI,
# where CI is set, they fail instead).
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-chromium: chromium and chromedriver are missing; install them with:" \
       "sudo apt-get install chromium chromium-driver" >&2
  exit 0
fi
echo "ensure-chromium: installing chromium and chromium-driver from Debian ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
