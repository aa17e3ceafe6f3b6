#!/bin/sh
# Whole-process timing of the Monte Carlo benchmark against the NumPy twin, interleaved so both see
# the same machine load. usage: bench/compare-numpy.sh [RUNS=5]   (after: mvn -q -B package -DskipTests)
# Prints one line per run: wall, user+sys CPU and peak RSS, with the load average before the run.
set -e
RUNS=${1:-5}
DATA=${DATA:-/tmp/ruimtevraag-synth342}
OUT=${OUT:-/tmp/ruimtevraag-bench}
JAR=target/ruimtevraag.jar
TWIN=${TWIN:-/work/shared/bench/numpy_twin.py}
[ -d "$DATA" ] || java -jar $JAR data synth --regions 342 --seed 1 -o "$DATA" -q
mkdir -p "$OUT"
for i in $(seq 1 "$RUNS"); do
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "java  run $i: wall %e s, cpu %U+%S s, maxRSS %M KB" \
    java -jar $JAR run scenarios/bench/gemeenten.yaml --data "$DATA" --draws 10000 --format csv -q -o "$OUT/gemeenten.xlsx"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  # the twin as shipped; OPENBLAS_CORETYPE (if set) is dropped for this one command only
  env -u OPENBLAS_CORETYPE /usr/bin/time -f "numpy run $i: wall %e s, cpu %U+%S s, maxRSS %M KB" python3 "$TWIN"
done
