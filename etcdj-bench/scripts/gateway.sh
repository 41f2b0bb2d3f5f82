#!/usr/bin/env bash
# The measurements of docs/gateway.md's "What it costs" section (issue 12): put and linearizable
# range through etcdj over gRPC and over etcd's HTTP/JSON gateway (--transport grpc,http-json) in
# the same invocation against the same throwaway etcd, 256-byte values, REPS repetitions of each;
# then the ratios http-json / grpc (gateway-ratios.py).
#   etcdj-bench/scripts/gateway.sh OUTDIR [BENCH_JAR]
# Environment: REPS (3), INFLIGHT (64,512), TOTAL (30000 per client and level, in 3 rounds),
# WARMUP_SLICES (60: the most warm-up slices of 1000 requests before a timed round), JAVA_OPTS
# (more JVM options, e.g. -Djava.util.concurrent.ForkJoinPool.common.parallelism=2).
# Each .err file starts and ends with the load average (`uptime`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: gateway.sh OUTDIR [BENCH_JAR]}"
jar="${2:-$here/../target/etcdj-bench.jar}"
reps="${REPS:-3}"
mkdir -p "$out"
for rep in $(seq "$reps"); do
  for w in put range-l; do
    case $w in
      put) args=(put) ;;
      range-l) args=(range --consistency l) ;;
    esac
    f="$out/$rep-$w"
    echo "# load before: $(uptime)" > "$f.err"
    echo "$(date -u +%FT%TZ) $rep $w" >&2
    java -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$jar" "${args[@]}" --clients etcdj --transport grpc,http-json \
        --inflight "${INFLIGHT:-64,512}" --total "${TOTAL:-30000}" --rounds 3 --warmup-slices "${WARMUP_SLICES:-60}" \
        --key-size 8 --val-size 256 > "$f.txt" 2>> "$f.err" || echo "$rep $w: exit $?" >&2
    echo "# load after: $(uptime)" >> "$f.err"
  done
done
python3 "$here/gateway-ratios.py" "$out"/*.txt | tee "$out/ratios.md"
