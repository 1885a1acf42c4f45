#!/usr/bin/env bash
# Runs the explorer tests with a real (virtual) display: the Run form's smoke test (screenshot
# viz/target/explorer.png) and the live explorer driven as a user (screenshots in
# viz/target/explorer-screenshots/). Needs Xvfb (Debian: apt-get install xvfb). Usage, from anywhere:
#   viz/scripts/explorer-smoke.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  mvn -o -q -B -pl viz -am verify -Dviz.headless=false -Dtest='ExplorerSmokeTest,LiveExplorerTest' \
  -Dsurefire.failIfNoSpecifiedTests=false
echo "screenshots: $root/viz/target/explorer.png $root/viz/target/explorer-screenshots/"
