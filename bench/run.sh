#!/usr/bin/env bash
# Benchmarks (issues 9 and 18): runs each workload through our engine and through statsmodels, R (urca, lmtest,
# sandwich) and gretl on the same generated data files, in this one run, and prints one table.
# Usage, from anywhere:  bash bench/run.sh
# Environment knobs (defaults in brackets): PEER_TIMEOUT [300] seconds for one peer on one workload (it then
# reports the runs it finished, or "timed out"); PEER_LIMIT_GB [4] address-space limit of the peers on the
# n = 1,000,000 / maxlag 120 case, which exhausts memory without a limit.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
DATA="$PWD/$OUT/data"
RES="$PWD/$OUT/results"
PY=/usr/bin/python3
PEER_TIMEOUT=${PEER_TIMEOUT:-300}
PEER_LIMIT_GB=${PEER_LIMIT_GB:-4}
start=$(date +%s)

# The peers from Debian, each installed when missing (the machine's own python3 may be another interpreter).
need=()
"$PY" -c 'import statsmodels' 2>/dev/null || need+=(python3-statsmodels)
Rscript -e 'library(urca); library(lmtest); library(sandwich)' >/dev/null 2>&1 \
  || need+=(r-base-core r-cran-urca r-cran-lmtest r-cran-sandwich)
command -v gretlcli >/dev/null || need+=(gretl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q && $SUDO apt-get install -y -q "${need[@]}"
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

# Data: fixed seed, written into files that every tool reads (kept while the generator is unchanged).
"$PY" bench/bench.py generate "$DATA"

rm -f "$RES"/*
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Our JVMs run with a 128 MB heap cap (the 10 M codes of the mapping workload alone take ~650 MB as Strings).
ours() {  # workload, timed repetitions
  echo "== ours: $1" >&2
  java -XX:+UseSerialGC -Xms16m -Xmx${JAVA_XMX:-128m} -cp "$CP" org.tradeecon.knime.bench.EngineBench \
    "$1" "$DATA" "$RES/ours-$1.json" "$2" \
    || echo "failed (exit $?)" > "$RES/ours-$1.json.status"
}
# One peer on one workload, in its own process under a timeout; each writes $RES/<tool>-<workload>.json itself
# (after every timed run), and a .status file says why it stopped early.
peer() {  # tool, workload, timed repetitions, [command prefix, e.g. an address-space limit]
  local tool=$1 w=$2 reps=$3; shift 3
  local out="$RES/$tool-$w.json" log="$RES/$tool-$w.log"
  echo "== $tool: $w ($reps runs)" >&2
  local t0 rc=0
  t0=$(date +%s)
  case $tool in
    statsmodels) timeout "$PEER_TIMEOUT" "$@" "$PY" bench/bench.py statsmodels "$w" "$DATA" "$out" "$reps" ;;
    R) timeout "$PEER_TIMEOUT" "$@" Rscript bench/peers.R "$w" "$DATA" "$out" "$reps" ;;
    gretl) BENCH_WORKLOAD=$w BENCH_DATA=$DATA BENCH_OUT=$out BENCH_REPS=$reps \
      timeout "$PEER_TIMEOUT" "$@" gretlcli -b "$PWD/bench/peers.inp" ;;
  esac > "$log" 2>&1 || rc=$?
  if [ $rc != 0 ]; then
    local why="exit $rc"
    [ $rc = 124 ] && why="timed out"
    grep -qE 'MemoryError|cannot allocate|Out of memory' "$log" && why="out of memory under the $PEER_LIMIT_GB GB limit"
    echo "$why after $(( $(date +%s) - t0 )) s" > "$out.status"
  fi
}
limit=(prlimit --as=$((PEER_LIMIT_GB * 1024 * 1024 * 1024)))

# workload, then timed runs: ours, statsmodels, R, gretl (fewer where one run takes tens of seconds)
ours adf_100k 20;          peer statsmodels adf_100k 2;   peer R adf_100k 2;   peer gretl adf_100k 3
ours adf_1m_12 20;         peer statsmodels adf_1m_12 2;  peer R adf_1m_12 2;  peer gretl adf_1m_12 3
ours adf_1m_120 10
peer statsmodels adf_1m_120 1 "${limit[@]}"; peer R adf_1m_120 1 "${limit[@]}"; peer gretl adf_1m_120 1 "${limit[@]}"
ours adf_batch 50;         peer statsmodels adf_batch 3;  peer R adf_batch 1;  peer gretl adf_batch 5
ours granger 50;           peer statsmodels granger 20;   peer R granger 3;    peer gretl granger 20
JAVA_XMX=1g ours granger_1m 10; peer statsmodels granger_1m 2; peer R granger_1m 1; peer gretl granger_1m 5
JAVA_XMX=1g ours onepass_1m 20  # the one-pass floor of the n = 1,000,000 pair (no peer; in the Granger row)
JAVA_XMX=512m ours granger_10m 5; peer gretl granger_10m 1
ours granger_pairwise 20;  peer statsmodels granger_pairwise 1; peer R granger_pairwise 1; peer gretl granger_pairwise 5
ours integration_order 10; ours integration_order_1t 10  # the batch on all cores, and on one
peer statsmodels integration_order 1; peer R integration_order 1
peer gretl integration_order 3
JAVA_XMX=512m ours ldr_1m 5; peer statsmodels ldr_1m 2; peer R ldr_1m 1; peer gretl ldr_1m 3
JAVA_XMX=3g ours mapping 10
"$PY" bench/bench.py reference-mapping "$DATA" "$RES/reference-mapping.json"

echo
echo "Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
r_versions=$(Rscript -e 'cat(R.version.string, sapply(c("urca", "lmtest", "sandwich"),
  function(p) paste(p, format(packageVersion(p)))), sep = ", ")')
echo "Java: $(java -version 2>&1 | head -1); statsmodels $("$PY" -c 'import statsmodels; print(statsmodels.__version__)');" \
  "$r_versions; gretl $(gretlcli --version 2>/dev/null | sed -n 's/^gretl version //p')"
"$PY" bench/bench.py report "$RES"
echo "Runs: ours = timed runs after >= 5 s of warm-up, JVM heap capped at 128 MB (Granger n=1,000,000: 1 GB,"
echo "n=10,000,000: 512 MB, regression 512 MB, mapping 3 GB); statsmodels and R = timed runs after one call on a"
echo "short series; gretl = timed runs, no warm-up. Each tool times the work alone, in its own process (start-up"
echo "and data loading excluded). Peak RSS = that process's peak resident set (JVM, Python, R or gretl included)."
echo "Peers ran under a $PEER_TIMEOUT s timeout each, and the"
echo "n=1,000,000 / maxlag 120 case under an address-space limit of $PEER_LIMIT_GB GB."
echo "Total script time: $(( $(date +%s) - start )) s"
