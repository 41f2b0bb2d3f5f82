#!/usr/bin/env bash
# Draws docs/benchmarks-throughput.png (throughput against requests in flight, etcdj vs jetcd vs
# etcd's Go client, one panel per workload) from the results.csv files written by sweep.sh; where
# several sweeps measured the same point, it plots their mean. Needs gnuplot (Debian: apt-get
# install gnuplot-nox).
#   etcdj-bench/scripts/chart.sh OUT.png RESULTS.csv...
set -euo pipefail
png="${1:?usage: chart.sh OUT.png RESULTS.csv...}"; shift
[ $# -gt 0 ] || { echo "usage: chart.sh OUT.png RESULTS.csv..." >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for w in put range-l range-s; do
  for c in etcdj jetcd go; do
    awk -F, -v w="$w" -v c="$c" '$1 == c && $2 == w { sum[$3] += $4; n[$3]++ }
      END { for (i in sum) print i, sum[i] / n[i] }' "$@" | sort -n > "$tmp/$w-$c.dat"
  done
done
{
  echo 'set terminal pngcairo size 1500,480 font "DejaVu Sans,11" noenhanced'
  echo "set output \"$png\""
  echo 'set multiplot layout 1,3 title "Throughput against requests in flight (one client instance, 256-byte values, etcd 3.4 on the same 2-core machine)"'
  echo 'set logscale x 2; set xtics ("1" 1, "8" 8, "64" 64, "512" 512); set xrange [0.8:640]; set yrange [0:*]'
  echo 'set grid; set key top left; set xlabel "requests in flight"; set ylabel "requests per second"'
  for w in put range-l range-s; do
    echo "set title \"$w\""
    plots=()
    for c in etcdj jetcd go; do
      [ -s "$tmp/$w-$c.dat" ] || continue
      case $c in
        etcdj) style='lw 2 pt 7 lc rgb "#1f77b4" title "etcdj"' ;;
        jetcd) style='lw 2 pt 5 lc rgb "#d62728" title "jetcd 0.8.7"' ;;
        go) style='lw 2 pt 9 lc rgb "#2ca02c" title "Go clientv3 (etcd 3.4)"' ;;
      esac
      plots+=("\"$tmp/$w-$c.dat\" using 1:2 with linespoints $style")
    done
    (IFS=,; echo "plot ${plots[*]}")
  done
  echo 'unset multiplot'
} | gnuplot
echo "wrote $png" >&2
