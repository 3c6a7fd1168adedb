#!/usr/bin/env bash
# Runs every test on a fresh machine that has the .NET SDK: installs what the tests need first.
# Usage: bash tests/run.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium: Playwright cannot download its own browser here.
if [ -z "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# Pagefind, which writes the search index, comes from the npm registry at the version package-lock.json pins.
if [ ! -x node_modules/.bin/pagefind ]; then
  npm ci --no-audit --no-fund
fi

dotnet restore Portal.sln --nologo -v quiet
dotnet build Portal.sln --no-restore --nologo -v quiet -c Release

log=$(mktemp)
status=0
dotnet test Portal.sln --no-build -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line for CI, summed over the test projects.
count() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit $status
