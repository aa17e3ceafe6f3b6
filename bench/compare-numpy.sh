#!/bin/sh
# Whole-process timing of the Monte Carlo benchmark against the NumPy twin in one benchmark run.
# usage: bench/compare-numpy.sh [RUNS=5] [ORDER=interleaved|balanced|grouped]   (after: mvn -q -B package -DskipTests)
# interleaved: ruimtevraag and the twin in turn (J T J T ...), so both see the same machine load; every
#   ruimtevraag run but the first follows a twin run, which leaves the machine slower for the next seconds;
# balanced: the pairs in alternating order (J T T J J T T J ...), so each program follows itself and the
#   other about equally often;
# grouped: RUNS runs of ruimtevraag, then RUNS runs of the twin (docs/performance.md reports all three).
# Prints one line per run: wall, user+sys CPU and peak RSS, with the load average before the run;
# at the end the median wall time of each program and their ratio (the issue's measure).
set -e
RUNS=${1:-5}
ORDER=${2:-interleaved}
DATA=${DATA:-/tmp/ruimtevraag-synth342}
OUT=${OUT:-/tmp/ruimtevraag-bench}
JAR=target/ruimtevraag.jar
TWIN=${TWIN:-/work/shared/bench/numpy_twin.py}
[ -d "$DATA" ] || java -jar $JAR data synth --regions 342 --seed 1 -o "$DATA" -q
mkdir -p "$OUT"

LOG=$(mktemp)
trap 'rm -f "$LOG" "$LOG.one"' EXIT

java_run() {
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -o "$LOG.one" -f "java  run $1: wall %e s, cpu %U+%S s, maxRSS %M KB" \
    java -jar $JAR run scenarios/bench/gemeenten.yaml --data "$DATA" --draws 10000 --format csv -q -o "$OUT/gemeenten.xlsx" \
    || { cat "$LOG.one"; exit 1; }
  cat "$LOG.one"; cat "$LOG.one" >> "$LOG"
}

twin_run() {
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  # the twin as shipped; OPENBLAS_CORETYPE (if set) is dropped for this one command only
  env -u OPENBLAS_CORETYPE /usr/bin/time -o "$LOG.one" -f "numpy run $1: wall %e s, cpu %U+%S s, maxRSS %M KB" python3 "$TWIN" \
    || { cat "$LOG.one"; exit 1; }
  cat "$LOG.one"; cat "$LOG.one" >> "$LOG"
}

# median wall time of the lines starting with $1 ("java" or "numpy") in the log
median() {
  grep "^$1 " "$LOG" | sed 's/.*wall \([0-9.]*\) s.*/\1/' | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

case "$ORDER" in
  interleaved) for i in $(seq 1 "$RUNS"); do java_run "$i"; twin_run "$i"; done ;;
  balanced) for i in $(seq 1 "$RUNS"); do
      if [ $((i % 2)) -eq 1 ]; then java_run "$i"; twin_run "$i"; else twin_run "$i"; java_run "$i"; fi
    done ;;
  grouped) for i in $(seq 1 "$RUNS"); do java_run "$i"; done; for i in $(seq 1 "$RUNS"); do twin_run "$i"; done ;;
  *) echo "ORDER must be interleaved, balanced or grouped" >&2; exit 2 ;;
esac
rm -f "$LOG.one"
J=$(median java)
T=$(median numpy)
echo "median wall: ruimtevraag $J s, numpy twin $T s, ratio $(awk -v j="$J" -v t="$T" 'BEGIN {printf "%.2f", t / j}')x ($ORDER, $RUNS runs each)"
