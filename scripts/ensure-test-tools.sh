#!/usr/bin/env bash
# Installs what the test suite needs besides Java and Maven, so that a fresh machine with only Java 17, Maven,
# git and node/npm passes ./run-tests:
#   - Debian's Chromium and its chromedriver (the browser tests drive /usr/bin/chromium through /usr/bin/chromedriver),
#     and the DejaVu fonts the screenshot references were drawn with
#   - Ghostscript's ICC profiles (libgs-common, AGPL): its default_cmyk.icc stands in for a print shop's CMYK
#     profile in the print-edition tests
#   - LibreOffice Writer without its GUI (the Word import's tests let it save their test documents as .docx)
#   - OpenSSH's client tools (ssh-agent, ssh-add, ssh-keygen) for the publish test with an SSH agent
#   - axe-core from npm (generator/core/src/test/js, pinned by its package-lock.json)
# Installing Debian packages needs root (CI runs as root); otherwise this says what to install and stops.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
# the fonts the pages fall back to (DejaVu): installed by name, so that every machine draws the screenshots the
# reference images were made with (ScreenshotTest), and contrast checks measure real text
for font in fonts-dejavu-core fonts-dejavu-extra; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' || missing+=("$font")
done
[[ -f /usr/share/color/icc/ghostscript/default_cmyk.icc ]] || missing+=(libgs-common)
# OpenSSH's ssh-agent, ssh-add and ssh-keygen: publish logs in with the keys of a real agent (SftpUploadTest)
command -v ssh-agent >/dev/null && command -v ssh-add >/dev/null || missing+=(openssh-client)
if (( ${#missing[@]} > 0 )); then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "ensure-test-tools: installing ${missing[*]} (Debian packages) ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "ensure-test-tools: the tests need Debian's ${missing[*]}." >&2
    echo "  Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

js=generator/core/src/test/js
if [[ ! -f "$js/node_modules/axe-core/axe.min.js" ]] || [[ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]]; then
  if ! command -v npm >/dev/null; then
    echo "ensure-test-tools: npm is needed to install axe-core for the accessibility tests (install node and npm)." >&2
    exit 1
  fi
  echo "ensure-test-tools: installing axe-core (npm ci in $js) ..." >&2
  (cd "$js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
