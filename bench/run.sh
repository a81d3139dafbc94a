#!/usr/bin/env bash
# Benchmarks (issue 9): runs each workload through our engine and through statsmodels on the same generated
# data, in this one run, and prints one table. Usage, from anywhere:  bash bench/run.sh
# Environment knobs (defaults in brackets): SM_LIMIT_GB [4] address-space limit and SM_TIMEOUT [120] seconds
# for statsmodels on the n = 1,000,000 / maxlag 120 case, which exhausts memory without a limit.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
PY=/usr/bin/python3
SM_LIMIT_GB=${SM_LIMIT_GB:-4}
SM_TIMEOUT=${SM_TIMEOUT:-120}
start=$(date +%s)

# statsmodels from Debian (the machine's own python3 may be another interpreter without it).
if ! "$PY" -c 'import statsmodels' 2>/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-statsmodels
fi

# Build the engine, then the harness against it (the harness is never part of the bundle or of `mvn verify`).
echo "== building" >&2
mkdir -p "$OUT/classes" "$OUT/results"
build() { "$@" > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }; }
build mvn -B -ntp -q -DskipTests compile
build mvn -B -ntp -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile="$OUT/deps.txt"
CP="target/classes:$(cat "$OUT/deps.txt")"
javac --release 17 -nowarn -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java')
CP="$OUT/classes:$CP"

# Data: fixed seed, written into files that both sides read (kept while the generator is unchanged).
"$PY" bench/bench.py generate "$OUT/data"

rm -f "$OUT"/results/*
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Our JVMs run with a 128 MB heap cap (the 10 M codes of the mapping workload alone take ~650 MB as Strings).
ours() {  # workload, timed repetitions
  echo "== ours: $1" >&2
  java -XX:+UseSerialGC -Xms16m -Xmx${JAVA_XMX:-128m} -cp "$CP" org.tradeecon.knime.bench.EngineBench \
    "$1" "$OUT/data" "$OUT/results/ours-$1.json" "$2" \
    || echo "failed (exit $?)" > "$OUT/results/ours-$1.json.status"
}
statsmodels() {  # workload, timed repetitions, [command prefix]
  local w=$1 reps=$2; shift 2
  echo "== statsmodels: $w ($reps runs)" >&2
  local t0; t0=$(date +%s)
  local rc=0
  "$@" "$PY" bench/bench.py statsmodels "$w" "$OUT/data" "$OUT/results/statsmodels-$w.json" "$reps" \
    2> "$OUT/results/statsmodels-$w.stderr" || rc=$?
  if [ $rc != 0 ]; then
    local why="exit $rc"
    [ $rc = 124 ] && why="timed out"
    grep -q MemoryError "$OUT/results/statsmodels-$w.stderr" && why="MemoryError"
    echo "$why after $(( $(date +%s) - t0 )) s" > "$OUT/results/statsmodels-$w.json.status"
  fi
}

ours adf_100k 20;   statsmodels adf_100k 3
ours adf_1m_12 20;  statsmodels adf_1m_12 2
ours adf_1m_120 10; statsmodels adf_1m_120 1 timeout "$SM_TIMEOUT" prlimit --as=$((SM_LIMIT_GB * 1024 * 1024 * 1024))
ours adf_batch 50;  statsmodels adf_batch 3
ours adf_sim_t15 50  # ours alone (issue 15): no statsmodels counterpart
ours granger 50;    statsmodels granger 20
JAVA_XMX=3g ours mapping 10
"$PY" bench/bench.py reference-mapping "$OUT/data" "$OUT/results/reference-mapping.json"

echo
echo "Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
echo "Java: $(java -version 2>&1 | head -1), statsmodels $("$PY" -c 'import statsmodels; print(statsmodels.__version__)')"
"$PY" bench/bench.py report "$OUT/results"
echo "Runs: ours = timed runs after >= 2 s of warm-up, JVM heap capped at 128 MB (mapping 3 GB); statsmodels = timed"
echo "runs after one call on a short series. Peak RSS = the process's peak resident set (JVM / Python included)."
echo "statsmodels n=1,000,000 / maxlag 120 ran under an address-space limit of $SM_LIMIT_GB GB and a $SM_TIMEOUT s timeout."
echo "Total script time: $(( $(date +%s) - start )) s"
