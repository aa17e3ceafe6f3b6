#!/bin/sh
# A/B of two builds, whole process, interleaved in alternating order (A B B A A B ...), so both see
# the same machine and each follows the other equally often: on the Monte Carlo benchmark, or with
# WHAT=basis on the default basis run (built-in scenario, embedded provinces, the workbook).
# usage: bench/ab.sh RUNS A.jar B.jar [benchmark|basis]. Prints each build's median wall and user CPU
# time (the mean of the two middle values for an even count) and all its wall times. Copy
# target/ruimtevraag.jar aside before rebuilding. Paths with spaces are not supported (the
# arguments are split on spaces); DATA (default $TMPDIR/ruimtevraag-synth342) is made on first use.
set -e
usage() { echo "usage: bench/ab.sh RUNS A.jar B.jar [benchmark|basis]" >&2; exit 2; }
[ $# -eq 3 ] || [ $# -eq 4 ] || usage
case $1 in ''|*[!0-9]*) usage;; esac
RUNS=$1; A=$(realpath "$2"); B=$(realpath "$3"); WHAT=${4:-benchmark}
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
case $WHAT in
  benchmark)
    DATA=${DATA:-${TMPDIR:-/tmp}/ruimtevraag-synth342}
    [ -d "$DATA" ] || java -jar "$A" data synth --regions 342 --seed 1 -o "$DATA" -q
    ARGS="run $ROOT/scenarios/bench/gemeenten.yaml --data $DATA --draws 10000 --format csv -q --force -o $OUT/g.xlsx";;
  basis)
    ARGS="run -q --force -o $OUT/basis.xlsx";;
  *) usage;;
esac
one() { /usr/bin/time -a -o "$OUT/$1" -f "%e %U" java -jar "$2" $ARGS; }
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then one a "$A"; one b "$B"; else one b "$B"; one a "$A"; fi
done
med() {
  sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
for x in a b; do
  [ $x = a ] && J=$A || J=$B
  echo "$x $J: wall median $(med "$OUT/$x" 1) s, user CPU median $(med "$OUT/$x" 2) s; wall: $(cut -d' ' -f1 "$OUT/$x" | tr '\n' ' ')"
done
