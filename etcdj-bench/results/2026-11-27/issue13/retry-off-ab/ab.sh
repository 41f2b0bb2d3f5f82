#!/usr/bin/env bash
# A/B: etcdj with gRPC retry on (the code at HEAD) and off (GrpcTransport with .disableRetry()), alternating
cd /tmp/noretry
for i in 1 2; do
  for v in 13 noretry; do
    echo "== $v run $i $(uptime)"
    for w in put range; do
      java -Xms1g -Xmx1g -jar bench-$v.jar $w --clients etcdj --inflight 64 --total 20000 --rounds 2 --val-size 256 2>/dev/null | grep -E "^etcdj +[0-9]" | sed "s/^/$w /"
    done
  done
done
