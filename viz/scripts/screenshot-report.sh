#!/usr/bin/env bash
# Takes a screenshot of an HTML report in headless Chromium, to check how it looks without a
# desktop. The report is self-contained, so Chromium runs with networking features off.
# Needs chromium (Debian: apt-get install chromium). Usage:
#   plasticity report ketamine-series-therapy --out report.html
#   viz/scripts/screenshot-report.sh report.html [out.png] [width,height]
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 REPORT.html [OUT.png] [WIDTH,HEIGHT]" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-${report%.html}.png}"
size="${3:-1400,2400}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$out" --window-size="$size" "file://$report" \
  2>/dev/null
echo "screenshot: $out"
