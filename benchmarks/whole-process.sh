#!/usr/bin/env bash
# Times whole command-line processes, the way a user waits for them, and prints each run and
# the medians of wall-clock and CPU time (user + sys), with the load average before and after.
#
# Usage: benchmarks/whole-process.sh [RUNS] [-- COMMAND...]
#   RUNS     timed runs (default 5), after one untimed run that builds what is missing
#   COMMAND  default: ./plasticity run ketamine-series-therapy --no-charts
# Each run gets "--out" and a fresh folder appended, so COMMAND must take --out, e.g.
#   benchmarks/whole-process.sh 7 -- java -jar cli/target/plasticity.jar run healthy --no-charts
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
[[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift
if [[ $# -eq 0 ]]; then
    set -- "$root/plasticity" run ketamine-series-therapy --no-charts
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

load() { sed 's/.*load average: //' <(uptime); }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "command: $* --out DIR"
echo "load average before: $(load)"
"$@" --out "$work/untimed" >/dev/null
TIMEFORMAT='%R %U %S'
for ((i = 1; i <= runs; i++)); do
    # bash's time keyword: wall, user and sys seconds of the command and its children.
    read -r wall user sys < <({ time "$@" --out "$work/run-$i" >/dev/null 2>&1; } 2>&1)
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"
    echo "run $i: wall $wall s, cpu $cpu s"
    echo "$wall" >>"$work/wall"
    echo "$cpu" >>"$work/cpu"
done
echo "load average after: $(load)"
echo "median of $runs: wall $(median <"$work/wall") s, cpu $(median <"$work/cpu") s"
