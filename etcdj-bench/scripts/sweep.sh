#!/usr/bin/env bash
# Reproduces the measurements in docs/benchmarks.md: put, range (linearizable) and range
# (serializable) at 1, 8, 64 and 512 requests in flight, etcdj vs jetcd vs etcd's Go client,
# 256-byte values, a throwaway etcd per workload. Takes about 15 minutes on 2 cores.
#   etcdj-bench/scripts/sweep.sh OUTDIR [extra etcdj-bench flags]
# Writes OUTDIR/<workload>.txt (the tool's text report), OUTDIR/<workload>.err (diagnostics:
# warmup, JIT, noise) and OUTDIR/results.csv (client,workload,inflight,ops_per_sec,p50_us,p99_us,
# cpu_us_per_req,etcd_cpu_us_per_req) for chart.sh OUT.png OUTDIR/results.csv [more...]. The Go client needs /tmp/gobench
# (shared/tools/gobench/build.sh /tmp/gobench) or $ETCDJ_GOBENCH; without it, pass --clients etcdj,jetcd.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: sweep.sh OUTDIR [flags]}"; shift
mkdir -p "$out"
bench="$here/../../bin/etcdj-bench"
for w in put range-l range-s; do
  case $w in
    put) args=(put --clients etcdj,jetcd,go) ;;
    range-l) args=(range --consistency l --clients etcdj,jetcd,go) ;;
    range-s) args=(range --consistency s --clients etcdj,jetcd) ;;  # gobench has no serializable get
  esac
  echo "$(date -u +%FT%TZ) $w" >&2
  "$bench" "${args[@]}" --inflight 1,8,64,512 --total 30000 --rounds 3 \
      --key-size 8 --val-size 256 "$@" > "$out/$w.txt" 2> "$out/$w.err" || echo "$w: exit $?" >&2
done
"$here/text2csv.sh" "$out"/put.txt "$out"/range-l.txt "$out"/range-s.txt > "$out/results.csv"
echo "wrote $out/results.csv" >&2
