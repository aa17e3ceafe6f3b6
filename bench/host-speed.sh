#!/bin/sh
# A fixed single-threaded CPU task (3 million iterations of a Python loop), to tell a slow host from a
# slow build: run it before and after a benchmark round; on this machine it took 0.30-0.53 s
# over one afternoon. usage: bench/host-speed.sh [TIMES=3]
for i in $(seq 1 "${1:-3}"); do
  python3 -c "
import time
t = time.perf_counter(); s = 0
for i in range(3000000): s += i * i % 7
print('host-speed %.3f s' % (time.perf_counter() - t))"
done
