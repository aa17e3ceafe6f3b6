#!/bin/sh
# Start-up of the Monte Carlo benchmark, from JVM start to the Monte Carlo, by class-load time stamps.
# usage: bench/load-phases.sh [RUNS=5] [JAR...]   (after: mvn -q -B package -DskipTests; default JAR: target/ruimtevraag.jar)
# Several jars are run interleaved, so that they see the same machine load. Per run, seconds since JVM
# start at which DataSetLoader (start-up and picocli done), InputResolver (data set and scenario read)
# and MonteCarloRunner (plan, resolve and full projection done: the Monte Carlo starts) are loaded.
set -e
RUNS=${1:-5}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- target/ruimtevraag.jar
DATA=${DATA:-/tmp/ruimtevraag-synth342}
OUT=${OUT:-/tmp/ruimtevraag-bench}
[ -d "$DATA" ] || java -jar "$1" data synth --regions 342 --seed 1 -o "$DATA" -q
mkdir -p "$OUT"
for i in $(seq 1 "$RUNS"); do
  for jar in "$@"; do
    java -Xlog:class+load:file="$OUT/classes.txt":uptime -jar "$jar" run scenarios/bench/gemeenten.yaml \
      --data "$DATA" --draws 200 --format csv -q -o "$OUT/gemeenten.xlsx" --force
    awk -v jar="$jar" -v run="$i" '
      { t = substr($1, 2) + 0 }
      $2 == "nl.ruimtevraag.data.DataSetLoader" && !d { d = t }
      $2 == "nl.ruimtevraag.engine.InputResolver" && !r { r = t }
      $2 == "nl.ruimtevraag.uncertainty.MonteCarloRunner" && !m { m = t }
      END { printf "%s run %d: data set %.3f s, inputs read %.3f s, Monte Carlo %.3f s\n", jar, run, d, r, m }' "$OUT/classes.txt"
  done
done
