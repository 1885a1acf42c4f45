#!/usr/bin/env bash
# Runs the explorer smoke test with a real (virtual) display and leaves a screenshot in
# viz/target/explorer.png. Needs Xvfb (Debian: apt-get install xvfb). Usage, from anywhere:
#   viz/scripts/explorer-smoke.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  mvn -o -q -B -pl viz -am verify -Dviz.headless=false -Dtest=ExplorerSmokeTest \
  -Dsurefire.failIfNoSpecifiedTests=false
echo "screenshot: $root/viz/target/explorer.png"
