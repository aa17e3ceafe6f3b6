#!/bin/sh
# A fixed single-threaded CPU task (3 million iterations of a Python loop), to tell a slow host from a
# slow build: run it before and after a benchmark round; it took 0.30-0.53 s over one afternoon on
# the Zen 4 machine of sessions 1-4, 0.25-0.46 s over one morning on the Zen 5 machine of session 5.
# usage: bench/host-speed.sh [TIMES=3]
for i in $(seq 1 "${1:-3}"); do
  python3 -c "
import time
t = time.perf_counter(); s = 0
for i in range(3000000): s += i * i % 7
print('host-speed %.3f s' % (time.perf_counter() - t))"
done
