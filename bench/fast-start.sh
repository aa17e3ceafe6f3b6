#!/bin/sh
# The default basis run (built-in scenario, embedded provinces, the workbook) through bin/ruimtevraag
# and with each of its JVM options alone (docs/performance.md, "The launcher"):
#   plain     java -jar JAR run
#   cds       java -XX:SharedArchiveFile=A -jar JAR run   (the launcher's class-data archive)
#   c1        java -XX:TieredStopAtLevel=1 -jar JAR run   (the quick compiler only)
#   launcher  bin/ruimtevraag run                         (both)
# A copy of the jar goes to a temporary folder, where one untimed launcher run writes the archive. The
# variants run in rotating order, RUNS times each. Prints each variant's median wall and user CPU
# time, and checks that every variant wrote the same workbook bytes as the plain run.
# usage: bench/fast-start.sh RUNS [JAR=target/ruimtevraag.jar]
set -e
usage() { echo "usage: bench/fast-start.sh RUNS [JAR]" >&2; exit 2; }
[ $# -eq 1 ] || [ $# -eq 2 ] || usage
case $1 in ''|*[!0-9]*) usage;; esac
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
RUNS=$1; JAR=$(readlink -f "${2:-$ROOT/target/ruimtevraag.jar}")
unset JAVA_HOME # the launcher and the plain runs use the same java: the one on the PATH
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cp "$JAR" "$OUT/ruimtevraag.jar"
JAR=$OUT/ruimtevraag.jar
LAUNCHER=$ROOT/bin/ruimtevraag
RUIMTEVRAAG_JAR=$JAR "$LAUNCHER" run -q -o "$OUT/first.xlsx"
JSA=$(ls "$OUT"/ruimtevraag-*.jsa)
opts() {
  case $1 in
    plain) echo "";;
    cds) echo "-XX:SharedArchiveFile=$JSA";;
    c1) echo "-XX:TieredStopAtLevel=1";;
  esac
}
one() {
  if [ "$1" = launcher ]; then
    RUIMTEVRAAG_JAR=$JAR /usr/bin/time -a -o "$OUT/$1.t" -f "%e %U" "$LAUNCHER" run -q --force -o "$OUT/$1.xlsx"
  else
    # shellcheck disable=SC2046 # the options are words on purpose
    /usr/bin/time -a -o "$OUT/$1.t" -f "%e %U" java $(opts "$1") -jar "$JAR" run -q --force -o "$OUT/$1.xlsx"
  fi
}
for i in $(seq 1 "$RUNS"); do
  case $((i % 4)) in
    1) set -- plain cds c1 launcher;;
    2) set -- launcher plain cds c1;;
    3) set -- c1 launcher plain cds;;
    0) set -- cds c1 launcher plain;;
  esac
  for v in "$@"; do one "$v"; done
done
med() {
  sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
for v in plain cds c1 launcher; do
  same=same; cmp -s "$OUT/plain.xlsx" "$OUT/$v.xlsx" || same=DIFFERENT
  printf '%-8s wall median %s s, user CPU median %s s, workbook %s; wall: %s\n' "$v" \
    "$(med "$OUT/$v.t" 1)" "$(med "$OUT/$v.t" 2)" "$same" "$(cut -d' ' -f1 "$OUT/$v.t" | tr '\n' ' ')"
done
