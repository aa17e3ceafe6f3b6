#!/bin/sh
# Where the C2 compiler thread's time goes in one Monte Carlo benchmark run (JFR jdk.Compilation
# events of 5 ms or more). usage: bench/jit-compiles.sh [TOP=25] [PATTERN=InputResolver|ProjectionInput]
# (after: mvn -q -B package -DskipTests). Prints the total C2 time, that of our classes and that of the
# methods whose class name matches PATTERN, then the TOP longest compiles. JFR itself spins classes with
# ASM, so jdk.internal.org.objectweb.asm compiles in the list are the recorder's, not the program's.
set -e
TOP=${1:-25}
PATTERN=${2:-InputResolver|ProjectionInput}
DATA=${DATA:-/tmp/ruimtevraag-synth342}
JAR=${JAR:-target/ruimtevraag.jar}
[ -d "$DATA" ] || java -jar "$JAR" data synth --regions 342 --seed 1 -o "$DATA" -q
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cat > "$TMP/c.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">5 ms</setting></event>
</configuration>
JFC
java -XX:StartFlightRecording=filename="$TMP/c.jfr",settings="$TMP/c.jfc" -jar "$JAR" run scenarios/bench/gemeenten.yaml \
  --data "$DATA" --draws 10000 --format csv -q -o "$TMP/g.xlsx" >"$TMP/out" 2>&1 \
  || { echo "the benchmark run failed:" >&2; cat "$TMP/out" >&2; exit 1; }
jfr print --json --events jdk.Compilation "$TMP/c.jfr" > "$TMP/c.json"
python3 - "$TMP/c.json" "$TOP" "$PATTERN" <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1]))['recording']['events']
top, pattern = int(sys.argv[2]), re.compile(sys.argv[3])
rows = []
for e in events:
    v = e['values']
    if v['compileLevel'] != 4:
        continue
    m = re.match(r'PT([0-9.]+)S', v['duration'])
    cls = v['method']['type']['name'].replace('/', '.')
    rows.append((float(m.group(1)) if m else 0.0, cls + '.' + v['method']['name'], v['isOsr'], v['codeSize']))
rows.sort(reverse=True)
ours = sum(r[0] for r in rows if r[1].startswith('nl.ruimtevraag'))
matched = sum(r[0] for r in rows if pattern.search(r[1]))
print('C2 >= 5 ms: all %.3f s, nl.ruimtevraag %.3f s, /%s/ %.3f s' % (sum(r[0] for r in rows), ours, sys.argv[3], matched))
for r in rows[:top]:
    print('  %.3f s  %s%s  (%d bytes of code)' % (r[0], r[1], ' (OSR)' if r[2] else '', r[3]))
PY
