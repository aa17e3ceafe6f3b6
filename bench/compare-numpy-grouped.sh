#!/bin/sh
# Whole-process timing of the Monte Carlo benchmark and the NumPy twin in one benchmark run, grouped:
# RUNS runs of ruimtevraag, then RUNS runs of the twin (bench/compare-numpy.sh interleaves them;
# docs/performance.md explains why both are reported). usage: bench/compare-numpy-grouped.sh [RUNS=5]
set -e
RUNS=${1:-5}
DATA=${DATA:-/tmp/ruimtevraag-synth342}
OUT=${OUT:-/tmp/ruimtevraag-bench}
JAR=target/ruimtevraag.jar
TWIN=${TWIN:-/work/shared/bench/numpy_twin.py}
[ -d "$DATA" ] || java -jar $JAR data synth --regions 342 --seed 1 -o "$DATA" -q
mkdir -p "$OUT"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "java  run $i: wall %e s, cpu %U+%S s, maxRSS %M KB" \
    java -jar $JAR run scenarios/bench/gemeenten.yaml --data "$DATA" --draws 10000 --format csv -q -o "$OUT/gemeenten.xlsx"
done
for i in $(seq 1 "$RUNS"); do
  env -u OPENBLAS_CORETYPE /usr/bin/time -f "numpy run $i: wall %e s, cpu %U+%S s, maxRSS %M KB" python3 "$TWIN"
done
