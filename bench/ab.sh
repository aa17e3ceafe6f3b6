#!/bin/sh
# A/B of two builds on the Monte Carlo benchmark, whole process, interleaved (A B A B ...), so both
# see the same machine: usage: bench/ab.sh RUNS A.jar B.jar. Prints each build's median wall and
# user CPU time and all its wall times. Copy target/ruimtevraag.jar aside before rebuilding.
set -e
RUNS=$1; A=$2; B=$3
DATA=${DATA:-/tmp/ruimtevraag-synth342}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -d "$DATA" ] || java -jar "$A" data synth --regions 342 --seed 1 -o "$DATA" -q
ARGS="run scenarios/bench/gemeenten.yaml --data $DATA --draws 10000 --format csv -q --force -o $OUT/g.xlsx"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -a -o "$OUT/a" -f "%e %U" java -jar "$A" $ARGS
  /usr/bin/time -a -o "$OUT/b" -f "%e %U" java -jar "$B" $ARGS
done
med() { sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {print a[int((NR+1)/2)]}'; }
for x in a b; do
  [ $x = a ] && J=$A || J=$B
  echo "$x $J: wall median $(med "$OUT/$x" 1) s, user CPU median $(med "$OUT/$x" 2) s; wall: $(cut -d' ' -f1 "$OUT/$x" | tr '\n' ' ')"
done
