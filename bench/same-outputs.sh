#!/bin/sh
# Do two builds write the same bytes? Runs both on the basis scenario (500 draws in every format,
# deterministic in every format, 300 draws with --tornado as a workbook) and on the benchmark (10,000
# and 999 draws, CSV and JSON), then compares every file either build wrote with cmp.
# usage: bench/same-outputs.sh A.jar B.jar   (exit 1 on a difference or a failed run, 2 on bad usage)
set -e
[ $# -eq 2 ] || { echo "usage: bench/same-outputs.sh A.jar B.jar" >&2; exit 2; }
A=$(realpath "$1"); B=$(realpath "$2")
HERE=$(CDPATH= cd -- "$(dirname "$0")/.." && pwd)
DATA=$(realpath -m "${DATA:-${TMPDIR:-/tmp}/ruimtevraag-synth342}")
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -d "$DATA" ] || java -jar "$A" data synth --regions 342 --seed 1 -o "$DATA" -q
outputs() { # JAR DIR; every run must succeed (set -e does not apply inside an && list)
  mkdir -p "$2" && cd "$2" &&
  java -jar "$1" run -q --draws 500 --format xlsx,csv,json -o b500.xlsx &&
  java -jar "$1" run -q --draws 0 --format xlsx,csv,json -o b0.xlsx &&
  java -jar "$1" run -q --draws 300 --tornado --format xlsx -o tornado.xlsx &&
  java -jar "$1" run "$HERE/scenarios/bench/gemeenten.yaml" --data "$DATA" --draws 10000 --format csv,json -q -o g10k.xlsx &&
  java -jar "$1" run "$HERE/scenarios/bench/gemeenten.yaml" --data "$DATA" --draws 999 --format csv,json -q -o g999.xlsx
}
( outputs "$A" "$OUT/a" && outputs "$B" "$OUT/b" ) || { echo "a run failed" >&2; exit 1; }
status=0
for f in $( (ls "$OUT/a"; ls "$OUT/b") | sort -u); do
  cmp -s "$OUT/a/$f" "$OUT/b/$f" && echo "same      $f" || { echo "DIFFERENT $f"; status=1; }
done
exit $status
