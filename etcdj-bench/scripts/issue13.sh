#!/usr/bin/env bash
# The measurements of docs/benchmarks.md's "Client CPU, JIT-quiet method" section (issue 13):
# put and linearizable range at 64 and 512 in flight, etcdj vs jetcd vs etcd's Go client, 256-byte
# values, 30,000 requests per client and level in 3 rounds, every timed round after a warm-up until
# the JIT is quiet and a compaction + defragmentation of etcd; then the profiles of etcdj at put@64
# and range@64 (JFR execution samples, flame graphs); then the command line's start-to-answer time.
#   etcdj-bench/scripts/issue13.sh OUTDIR [BENCH_JAR [ROOT]]
# BENCH_JAR defaults to etcdj-bench/target/etcdj-bench.jar, ROOT (with bin/etcdj and the built
# etcdj-cli jar) to this checkout. Needs /tmp/gobench (shared/tools/gobench/build.sh /tmp/gobench),
# hyperfine and rsvg-convert (Debian packages hyperfine, librsvg2-bin). Each file starts and ends
# with the load average (`uptime`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: issue13.sh OUTDIR [BENCH_JAR [ROOT]]}"
jar="${2:-$here/../target/etcdj-bench.jar}"
root="${3:-$here/../..}"
steps="${STEPS:-sweep profile cli}"
mkdir -p "$out"
bench() { java -Xms1g -Xmx1g -XX:FlightRecorderOptions:stackdepth=256 -jar "$jar" "$@"; }

if [[ " $steps " == *" sweep "* ]]; then
  for w in put range-l; do
    case $w in
      put) args=(put) ;;
      range-l) args=(range --consistency l) ;;
    esac
    { echo "# load before: $(uptime)"; } > "$out/$w.err"
    echo "$(date -u +%FT%TZ) $w" >&2
    bench "${args[@]}" --clients etcdj,jetcd,go --inflight 64,512 --total 30000 --rounds 3 --warmup-slices 100 \
        --key-size 8 --val-size 256 > "$out/$w.txt" 2>> "$out/$w.err" || echo "$w: exit $?" >&2
    echo "# load after: $(uptime)" >> "$out/$w.err"
  done
fi

if [[ " $steps " == *" profile "* ]]; then
  for w in put range; do
    echo "$(date -u +%FT%TZ) profile $w" >&2
    echo "# load before: $(uptime)" > "$out/profile-$w.err"
    bench "$w" --clients etcdj --inflight 64 --total 30000 --rounds 1 --val-size 256 \
        --jfr "$out/profile-$w.jfr" > "$out/profile-$w.txt" 2>> "$out/profile-$w.err" || echo "profile $w: exit $?" >&2
    echo "# load after: $(uptime)" >> "$out/profile-$w.err"
    jfr print --json --stack-depth 256 --events jdk.ExecutionSample "$out/profile-$w.jfr" > "$out/profile-$w.json"
    python3 "$here/flamegraph.py" "$out/profile-$w.json" "$out/profile-$w.svg" \
        "etcdj $w @64 in flight, JFR execution samples of the measured round" > "$out/profile-$w.md"
    rsvg-convert -w 1600 "$out/profile-$w.svg" > "$out/profile-$w.png"
    rm -f "$out/profile-$w.json"
  done
fi

if [[ " $steps " == *" cli "* ]]; then
  # a throwaway etcd on free ports
  data="$(mktemp -d)"
  port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  cport="$(port)"; pport="$(port)"
  etcd --data-dir "$data" --listen-client-urls "http://127.0.0.1:$cport" \
      --advertise-client-urls "http://127.0.0.1:$cport" --listen-peer-urls "http://127.0.0.1:$pport" \
      --initial-advertise-peer-urls "http://127.0.0.1:$pport" \
      --initial-cluster "default=http://127.0.0.1:$pport" > "$data/etcd.log" 2>&1 &
  etcdpid=$!
  trap 'kill "$etcdpid" 2>/dev/null || true; rm -rf "$data"' EXIT
  ep="127.0.0.1:$cport"
  for _ in $(seq 50); do ETCDCTL_API=3 etcdctl --endpoints "$ep" put k v > /dev/null 2>&1 && break; sleep 0.2; done
  etcdj="$root/bin/etcdj"
  {
    echo "# load before: $(uptime)"
    rm -f "$root"/etcdj-cli/target/etcdj-cli-*.jsa
    echo "# first run after a build (writes the class-data archive):"
    /usr/bin/time -f "%e s wall, %U s user, %S s sys" "$etcdj" --endpoints "$ep" put k v 2>&1
    ls -l "$root"/etcdj-cli/target/etcdj-cli-*.jsa
    # --shell=none: no shell between hyperfine and the command (-N)
    ETCDCTL_API=3 hyperfine -N -w 3 -r 10 --export-markdown "$out/cli-start.md" \
      -n "etcdj put" "$etcdj --endpoints $ep put k v" \
      -n "etcdj get" "$etcdj --endpoints $ep get k" \
      -n "etcdctl put" "etcdctl --endpoints $ep put k v" \
      -n "etcdctl get" "etcdctl --endpoints $ep get k" 2>&1
    ETCDJ_CDS=0 hyperfine -N -w 1 -r 5 -n "etcdj put, no archive (ETCDJ_CDS=0)" \
      "$etcdj --endpoints $ep put k v" 2>&1
    hyperfine -N -w 1 -r 5 -n "etcdj put, the script before issue 13 (no archive, Netty JFR events on)" \
      "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar $root/etcdj-cli/target/etcdj-cli.jar --endpoints $ep put k v" 2>&1
    echo "# load after: $(uptime)"
  } > "$out/cli-start.txt"
fi
