#!/bin/sh
# The Monte Carlo benchmark (issue 8: 342 regions x 10,000 draws, whole process) against its NumPy
# peer, bench/numpy_twin.py, in one run, so that both see the same machine (docs/performance.md).
# usage: bench/compare-numpy.sh [RUNS=5] [ORDER=balanced|interleaved|grouped]
#   after: mvn -q -B -DskipTests package (the jar: target/ruimtevraag.jar, or JAR=...)
# balanced: the pairs in alternating order (J T T J J T ...), so each program follows itself and the
#   other equally often (the twin's long full-load runs leave the machine slower for the next seconds);
# interleaved: J T J T ...; grouped: RUNS runs of ruimtevraag, then RUNS runs of the twin.
# Prints one line per run (wall, user+sys CPU, peak RSS, with the load average before it), then the
# median wall time of each program and their ratio, the issue's measure.
# Environment: PYTHON (default python3) must import numpy: on Debian/Ubuntu
#   apt-get install -y python3-numpy (as root), then PYTHON=/usr/bin/python3 if another python3 comes
#   first on the PATH; elsewhere python3 -m pip install numpy. DATA (default $TMPDIR/ruimtevraag-synth342):
#   the synthetic data set, made on first use. JAR: the jar to time.
set -e
RUNS=${1:-5}
ORDER=${2:-balanced}
case $RUNS in ''|*[!0-9]*) echo "usage: bench/compare-numpy.sh [RUNS] [balanced|interleaved|grouped]" >&2; exit 2;; esac
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
JAR=$(realpath "${JAR:-$ROOT/target/ruimtevraag.jar}")
TWIN=$ROOT/bench/numpy_twin.py
PYTHON=${PYTHON:-python3}
DATA=${DATA:-${TMPDIR:-/tmp}/ruimtevraag-synth342}
[ -f "$JAR" ] || { echo "no jar at $JAR: run mvn -q -B -DskipTests package first" >&2; exit 2; }
NUMPY=$("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null) || {
  echo "$PYTHON cannot import numpy. Debian/Ubuntu: apt-get install -y python3-numpy (as root), then" >&2
  echo "PYTHON=/usr/bin/python3 bench/compare-numpy.sh ...; elsewhere: $PYTHON -m pip install numpy" >&2
  exit 2
}
[ -d "$DATA" ] || java -jar "$JAR" data synth --regions 342 --seed 1 -o "$DATA" -q
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
LOG=$OUT/log
echo "ruimtevraag $JAR on $(java -version 2>&1 | head -1); twin $TWIN on $("$PYTHON" --version 2>&1), NumPy $NUMPY; $(nproc) cores"

java_run() {
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -o "$OUT/one" -f "java  run $1: wall %e s, cpu %U+%S s, maxRSS %M KB" \
    java -jar "$JAR" run "$ROOT/scenarios/bench/gemeenten.yaml" --data "$DATA" --draws 10000 --format csv -q \
    --force -o "$OUT/gemeenten.xlsx" || { cat "$OUT/one"; exit 1; }
  cat "$OUT/one"; cat "$OUT/one" >> "$LOG"
}

twin_run() {
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  # the twin as shipped; OPENBLAS_CORETYPE (if set) is dropped for this one command only
  env -u OPENBLAS_CORETYPE /usr/bin/time -o "$OUT/one" -f "numpy run $1: wall %e s, cpu %U+%S s, maxRSS %M KB" \
    "$PYTHON" "$TWIN" || { cat "$OUT/one"; exit 1; }
  cat "$OUT/one"; cat "$OUT/one" >> "$LOG"
}

# median wall time of the lines starting with $1 ("java" or "numpy") in the log
median() {
  grep "^$1 " "$LOG" | sed 's/.*wall \([0-9.]*\) s.*/\1/' | sort -n |
    awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

case "$ORDER" in
  interleaved) for i in $(seq 1 "$RUNS"); do java_run "$i"; twin_run "$i"; done ;;
  balanced) for i in $(seq 1 "$RUNS"); do
      if [ $((i % 2)) -eq 1 ]; then java_run "$i"; twin_run "$i"; else twin_run "$i"; java_run "$i"; fi
    done ;;
  grouped) for i in $(seq 1 "$RUNS"); do java_run "$i"; done; for i in $(seq 1 "$RUNS"); do twin_run "$i"; done ;;
  *) echo "ORDER must be balanced, interleaved or grouped" >&2; exit 2 ;;
esac
J=$(median java)
T=$(median numpy)
echo "median wall: ruimtevraag $J s, numpy twin $T s, ratio $(awk -v j="$J" -v t="$T" 'BEGIN {printf "%.2f", t / j}')x ($ORDER, $RUNS runs each)"
