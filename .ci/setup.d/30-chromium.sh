# Installs Debian's Chromium for the browser tests (Playwright drives it at /usr/bin/chromium; Playwright's
# own browser download does not work on these machines). Sourced by .ci/run under `set -euo pipefail`.

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  return 0
fi

echo "chromium: installing Debian's chromium"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
else
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
