#!/bin/sh
# A/B of two builds on the default basis run (built-in scenario, embedded provinces, the workbook),
# whole process, in alternating order (A B B A A B ...). usage: bench/ab-basis.sh RUNS A.jar B.jar
# Prints each build's median wall and user CPU time (the mean of the two middle values for an even
# count). Copy target/ruimtevraag.jar aside before rebuilding.
set -e
[ $# -eq 3 ] || { echo "usage: bench/ab-basis.sh RUNS A.jar B.jar" >&2; exit 2; }
case $1 in ''|*[!0-9]*) echo "usage: bench/ab-basis.sh RUNS A.jar B.jar (RUNS a whole number)" >&2; exit 2;; esac
RUNS=$1; A=$(realpath "$2"); B=$(realpath "$3")
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cd "$OUT"
one() { /usr/bin/time -a -o "$OUT/$1.times" -f "%e %U" java -jar "$2" run -q --force -o "$OUT/basis.xlsx"; }
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then one a "$A"; one b "$B"; else one b "$B"; one a "$A"; fi
done
med() {
  sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
echo "a $A: wall median $(med a.times 1) s, user CPU median $(med a.times 2) s"
echo "b $B: wall median $(med b.times 1) s, user CPU median $(med b.times 2) s"
