#!/bin/bash
# Attacks on the plasticity command as a user would make them (issue 13): hostile outputs,
# races, kills, forged checkpoints, escape sequences, awkward numbers. One line per attack, then
# the tally. Run from the repository root after building the jar:
#   mvn -B -q -pl cli -am package -DskipTests && cli/src/test/shell/attacks.sh
# JAR=path/to/plasticity.jar picks another build. Needs bash, python3, mkfifo, truncate, env.
JAR=${JAR:-$PWD/cli/target/plasticity.jar}
J="java -jar $JAR"
W=$(mktemp -d); cd "$W"
tried=0; handled=0; lost=0
check() { # name, condition (0 = handled)
  tried=$((tried+1)); if [ "$2" = 0 ]; then handled=$((handled+1)); echo "ok    $1"; else echo "FAIL  $1"; fi; }
loss() { if [ "$2" != 0 ]; then lost=$((lost+1)); echo "LOST  $1"; fi; }
ex() { "$@" >out.txt 2>err.txt; echo $?; }
tiny='name: tiny
days: 4
burn_in_days: 1
network: {neurons: 80, candidate_synapses_per_neuron: 20}
stress: [{from_day: 0, to_day: 4, level: 0.8}]
treatments: [{type: nmda-block, days: [1]}]
therapy: [{first_day: 2, every_days: 1, count: 2}]'
echo "$tiny" > tiny.yaml
slow="${tiny/days: 4/days: 300}"; slow="${slow/neurons: 80, candidate_synapses_per_neuron: 20/neurons: 400, candidate_synapses_per_neuron: 80}"; echo "$slow" > slow.yaml

echo precious > v.txt
r=$(ex $J report tiny.yaml --out v.txt -q); check "report over a user's file" $([ $r = 2 ] && grep -q "already exists" err.txt; echo $?); loss v.txt $([ "$(cat v.txt)" = precious ]; echo $?)
mkfifo pipe; r=$(ex timeout 60 $J report tiny.yaml --out pipe -q --force); check "report into a FIFO with --force" $([ $r = 2 ]; echo $?)
r=$(ex $J report tiny.yaml --out /dev/null -q --force); check "report over /dev/null with --force" $([ $r = 2 ] && [ -c /dev/null ]; echo $?); loss /dev/null $([ -c /dev/null ]; echo $?)
mkdir adir; r=$(ex $J report tiny.yaml --out adir -q); check "report --out a folder" $([ $r = 2 ]; echo $?)
mkdir -p mine; echo notes > mine/notes.txt
r=$(ex $J run tiny.yaml --out mine -q --no-charts); check "run into a folder of the user's" $([ $r = 2 ]; echo $?); loss mine/notes.txt $([ "$(cat mine/notes.txt)" = notes ]; echo $?)
r=$(ex $J run tiny.yaml --out mine -q --no-charts --force); check "run --force keeps other files" $([ $r = 0 ] && [ -f mine/plasticity-complete.json ]; echo $?); loss mine/notes.txt $([ "$(cat mine/notes.txt)" = notes ]; echo $?)
echo x > afile; r=$(ex $J run tiny.yaml --out afile -q); check "--out is a file" $([ $r = 2 ] && [ "$(cat afile)" = x ]; echo $?)
($J run slow.yaml --out race -q --no-charts >/dev/null 2>&1; echo $? > race.a) & sleep 1.5
r=$(ex $J run tiny.yaml --out race -q --no-charts --force); wait
check "second run into a folder in use (even --force)" $([ $r = 2 ] && grep -q "another plasticity process (pid" err.txt && [ "$(cat race.a)" = 0 ] && grep -q "days: 300" race/scenario.yaml; echo $?)
$J run slow.yaml --out killed -q --no-charts --checkpoint-every 1 >/dev/null 2>&1 & p=$!; while [ ! -f killed/checkpoints/day-002.ckpt ]; do sleep 0.05; done; kill -9 $p; wait $p 2>/dev/null
r=$(ex $J run tiny.yaml --out killed -q --no-charts); check "after kill -9: refused, names the killed process" $([ $r = 2 ] && grep -q "left incomplete by pid $p" err.txt; echo $?)
$J run tiny.yaml --out rewrite -q --no-charts >/dev/null 2>&1; $J run slow.yaml --out rewrite -q --no-charts --force >/dev/null 2>&1 & p=$!; sleep 2.5; kill -9 $p; wait $p 2>/dev/null
check "kill -9 during a --force rewrite leaves no completion marker" $([ ! -f rewrite/plasticity-complete.json ]; echo $?)
env --default-signal=INT $J run slow.yaml --out charts -q --chart-size 3200x1800 >/dev/null 2>err.c & p=$!; while [ ! -f charts/timeseries.csv ]; do sleep 0.01; done; kill -INT $p; wait $p; r=$?
check "Ctrl-C while the charts are drawn" $([ $r = 130 ] && ! grep -q Exception err.c && grep -q '"completed" : false' charts/summary.json && [ ! -f charts/plasticity-complete.json ]; echo $?)
S="sweep slow.yaml --vary stress[0].level=0.4:0.8:2 --seeds 1 --threads 1 --days 8 --out sw --no-charts -q"
env --default-signal=INT $J $S >/dev/null 2>&1 & p=$!; while [ ! -f sw/.plasticity.lock ]; do sleep 0.01; done; kill -INT $p; wait $p; stopped=$?
r=$(ex $J $S); check "sweep stopped before its first run continues" $([ $stopped = 130 ] && [ $r = 0 ] && [ -f sw/runs.csv ] && grep -q "2 runs" out.txt 2>/dev/null || [ $stopped = 130 ] && [ $r = 0 ] && [ -f sw/runs.csv ]; echo $?)
r=$(ex $J sweep tiny.yaml --vary 'treatments[0].dose_mg_per_kg=0.25:1:2' --vary 'treatments[0].dose_mg_per_kg=1:1:1' --out dup -q); check "repeated --vary key" $([ $r = 2 ] && [ ! -e dup ]; echo $?)
$J compare tiny.yaml tiny.yaml --out cmp -q --no-charts >/dev/null 2>&1; r=$(ex $J compare tiny.yaml tiny.yaml --out cmp -q --no-charts); check "compare into its earlier folder" $([ $r = 2 ]; echo $?)
r=$(ex $J sweep tiny.yaml --vary stress[0].level=0:1:2 --threads 100000 --out t); check "--threads 100000" $([ $r = 2 ]; echo $?)
printf 'name: s\nsample_every_hours: 1e9\ndays: 2\nnetwork: {neurons: 80, candidate_synapses_per_neuron: 20}\n' > s.yaml
r=$(ex $J run s.yaml --out s -q --no-charts); check "sample_every_hours 1e9 records 2 rows" $([ $r = 0 ] && [ $(wc -l < s/timeseries.csv) = 3 ]; echo $?)
printf 'name: big\nnetwork: {neurons: 12000, candidate_synapses_per_neuron: 4999}\ndays: 2\n' > big.yaml
r=$(ex timeout 60 java -Xmx2g -jar $JAR run big.yaml --out big -q --no-charts); check "network that fits only without snapshots (-Xmx2g)" $([ $r = 2 ] && grep -q "snapshots" err.txt; echo $?)
$J run tiny.yaml --out ck -q --no-charts --checkpoint-every 1 >/dev/null 2>&1
python3 - <<'PY'
import struct, zlib
b = bytearray(open('ck/checkpoints/day-002.ckpt','rb').read())
def forge(data, name):
    data = bytearray(data); data[-8:] = struct.pack('>q', zlib.crc32(bytes(data[:-8])))
    open(name,'wb').write(data)
nan = bytearray(b); nan[-16:-8] = struct.pack('>d', float('nan')); forge(nan, 'nan.ckpt')
count = bytearray(b); count[200:204] = struct.pack('>i', 2**31-1); forge(count, 'count.ckpt')
open('trunc.ckpt','wb').write(b[:len(b)//2])
open('junk.ckpt','wb').write(bytes(range(256))*40)
PY
truncate -s 3G huge.ckpt
for f in nan count trunc junk huge; do cp $f.ckpt ck/checkpoints/; r=$(ex timeout 60 $J run tiny.yaml --resume ck/checkpoints/$f.ckpt --out ck -q --no-charts); check "resume from a $f checkpoint" $([ $r = 2 ]; echo $?); done
r=$(ex $J run tiny.yaml --seed 9 --resume ck/checkpoints/day-002.ckpt --out ck -q --no-charts); check "resume another scenario's checkpoint" $([ $r = 2 ] && grep -q "different scenario" err.txt; echo $?)
printf 'name: evil\ndescription: "\\e[2J\\e]0;pwned\\a\\u202e"\ndays: 2\nnetwork: {neurons: 80, candidate_synapses_per_neuron: 20}\n' > evil.yaml
r=$(ex $J explain evil.yaml --no-counterfactual); check "explain with ESC in the description" $(! grep -qP '[\x1b\x07]' out.txt err.txt && grep -q 'u001b' out.txt; echo $?)
printf 'name: "\\e[31mred"\n"\\e[2Jkey": 3\n' > k.yaml
r=$(ex $J validate k.yaml); check "validate with ESC in name and key" $([ $r = 2 ] && ! grep -qP '\x1b' out.txt err.txt; echo $?)
r=$(ex $J run healthy $'--\e[2Jx'); check "unknown option with ESC" $([ $r = 2 ] && ! grep -qP '\x1b' err.txt; echo $?)
r=$(ex $J run $'\e]0;t\a'); check "preset name with OSC" $([ $r = 2 ] && ! grep -qP '[\x1b\x07]' err.txt; echo $?)
check "CSV without exponents or float noise" $(python3 -c "
import csv,sys
bad=[c for row in list(csv.reader(open('ck/timeseries.csv')))[1:] for c in row if 'E' in c or len(c.replace('-','').replace('.','').lstrip('0'))>12]
sys.exit(1 if bad else 0)"; echo $?)
r=$(ex $J sweep tiny.yaml --vary stress[0].level=0.1:0.5:5 --seeds 1 --out sw2 -q --no-charts); check "swept values are the printed ones" $([ $r = 0 ] && cut -d, -f2 sw2/settings.csv | tail -n +2 | tr '\n' ' ' | grep -qx '0.1 0.2 0.3 0.4 0.5 '; echo $?)
r=$(ex $J sweep tiny.yaml --vary stress[0].level=0.5:0.5:1 --seeds 2 --out sw3 -q --no-charts); check "intervals within the possible range" $(python3 -c "
import csv,sys
r=list(csv.DictReader(open('sw3/settings.csv')))[0]
bad=[k for k,v in r.items() if k.endswith(('_low','_high')) and ('recall' in k or 'density_' in k and not k.endswith(('day_ci95_low','day_ci95_high'))) and not (0<=float(v)<=1)]
bad+=[k for k,v in r.items() if '_day_ci95' in k and not (0<=float(v)<=4)]
sys.exit(1 if bad else 0)"; echo $?)
r=$(ex $J report tiny.yaml --out rep.html -q); check "report's reproduce line" $(grep -q 'plasticity report tiny.yaml --out rep.html' rep.html && ! grep -q 'report report' rep.html; echo $?)
r=$(ex $J explain chronic-stress --days 90 --neurons 200 --no-counterfactual); check "--days past the scenario's end is noted" $(grep -q "runs past the 84 days" err.txt; echo $?)
echo "${tiny/days: \[1\]\}/dose_mg_per_kg: 50, days: [1]\}}" > dose.yaml; r=$(ex $J validate dose.yaml); check "50 mg/kg is warned of" $([ $r = 0 ] && grep -q "warning: treatments\[0\].dose_mg_per_kg 50" err.txt; echo $?)
echo "${tiny/name: tiny/name: $(printf 'n%.0s' {1..300})}" > long.yaml; r=$(ex $J validate long.yaml); check "300-character name" $([ $r = 2 ]; echo $?)
printf '*a' > alias.yaml; r=$(ex $J validate alias.yaml); check "a file that is only an alias" $([ $r = 2 ]; echo $?)
echo "attacks tried: $tried, handled: $handled, data lost: $lost"
