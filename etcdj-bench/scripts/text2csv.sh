#!/usr/bin/env bash
# Turns etcdj-bench text reports into CSV rows for chart.sh:
#   client,workload,inflight,ops_per_sec,p50_us,p99_us,cpu_us_per_req,etcd_cpu_us_per_req
# usage: text2csv.sh REPORT.txt...
echo "client,workload,inflight,ops_per_sec,p50_us,p99_us,cpu_us_per_req,etcd_cpu_us_per_req"
for f in "$@"; do
  awk '
    NR == 1 { split($1, a, ":"); workload = a[1] }
    /^inflight [0-9]+$/ { inflight = $2; next }
    ($1 == "etcdj" || $1 == "etcdj-http" || $1 == "jetcd" || $1 == "go") && NF >= 11 && $2 ~ /^[0-9]+$/ {
      # client ops/s p50 p90 p99 p99.9 errors threads alloc(+B) cpu etcd-cpu
      printf "%s,%s,%s,%s,%s,%s,%s,%s\n", $1, workload, inflight, $2, $3, $5, $(NF-1), $NF }
  ' "$f"
done
