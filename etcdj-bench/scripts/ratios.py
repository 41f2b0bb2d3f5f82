#!/usr/bin/env python3
"""Reads etcdj-bench text reports and prints a Markdown table of etcdj's ratios to jetcd and Go at
every level: client CPU per request, throughput, p99, plus the JIT's CPU per request apart.

    ratios.py put.txt range-l.txt
"""
import re
import sys


def parse(path):
    workload = None
    level = None
    rows = {}
    with open(path) as fh:
        for line in fh:
            m = re.match(r"^(\S+): \d+ requests per client", line)
            if m:
                workload = m.group(1)
            m = re.match(r"^inflight (\d+)$", line.strip())
            if m:
                level = int(m.group(1))
            f = line.split()
            if level is None or not f or f[0] not in ("etcdj", "jetcd", "go") or not re.match(r"^[0-9.]+$", f[1]):
                continue
            num = lambda x: None if x == "-" else float(x)
            if len(f) == 14:  # client ops p50 p90 p99 p99.9 errors threads alloc B cpu etcd jit jit-ms
                r = {"ops": num(f[1]), "p99": num(f[4]), "alloc": num(f[8]), "cpu": num(f[10]),
                     "etcd": num(f[11]), "jit": num(f[12]), "jitms": num(f[13])}
            else:  # go: client ops p50 - p99 - errors - - cpu etcd - -
                r = {"ops": num(f[1]), "p99": num(f[4]), "alloc": None, "cpu": num(f[9]),
                     "etcd": num(f[10]), "jit": None, "jitms": None}
            rows.setdefault(level, {})[f[0]] = r
    return workload, rows


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def main():
    print("| point | client CPU µs/req etcdj / jetcd / Go | CPU etcdj÷jetcd | CPU etcdj÷Go "
          "| throughput etcdj÷jetcd | throughput etcdj÷Go | p99 etcdj÷jetcd | p99 etcdj÷Go "
          "| JIT CPU µs/req etcdj / jetcd (not in client CPU) | etcd CPU µs/req during etcdj / jetcd / Go |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for path in sys.argv[1:]:
        workload, rows = parse(path)
        for level in sorted(rows):
            r = rows[level]
            e, j, g = r.get("etcdj", {}), r.get("jetcd", {}), r.get("go", {})
            fmt = lambda x: "–" if x is None else f"{x:.1f}"
            print(f"| {workload} @{level} | {fmt(e.get('cpu'))} / {fmt(j.get('cpu'))} / {fmt(g.get('cpu'))} "
                  f"| {ratio(e.get('cpu'), j.get('cpu'))} | {ratio(e.get('cpu'), g.get('cpu'))} "
                  f"| {ratio(e.get('ops'), j.get('ops'))} | {ratio(e.get('ops'), g.get('ops'))} "
                  f"| {ratio(e.get('p99'), j.get('p99'))} | {ratio(e.get('p99'), g.get('p99'))} "
                  f"| {fmt(e.get('jit'))} / {fmt(j.get('jit'))} "
                  f"| {fmt(e.get('etcd'))} / {fmt(j.get('etcd'))} / {fmt(g.get('etcd'))} |")


if __name__ == "__main__":
    main()
