#!/usr/bin/env python3
"""Reads etcdj-bench text reports with the clients etcdj (gRPC) and etcdj-http (HTTP/JSON gateway)
and prints a Markdown table per workload and level: each client's throughput, p99, client CPU
per request and etcd's CPU per request (the median of the reports, with their range), and the
ratios etcdj-http / etcdj (the median of the per-report ratios, with their range).

    gateway-ratios.py OUTDIR/*.txt
"""
import re
import statistics
import sys


def parse(path):
    workload, level, rows = None, None, {}
    with open(path) as fh:
        for line in fh:
            m = re.match(r"^(\S+): \d+ requests per client", line)
            if m:
                workload = m.group(1)
            m = re.match(r"^inflight (\d+)$", line.strip())
            if m:
                level = int(m.group(1))
            f = line.split()
            if level is None or len(f) != 14 or f[0] not in ("etcdj", "etcdj-http"):
                continue
            if not re.match(r"^[0-9.]+$", f[1]):
                continue
            rows.setdefault((workload, level), {})[f[0]] = {
                "ops": float(f[1]), "p99": float(f[4]), "cpu": float(f[10]), "etcd": float(f[11]),
                "errors": int(f[6])}
    return rows


def spread(values, fmt):
    med = statistics.median(values)
    return f"{fmt.format(med)} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main():
    points = {}
    for path in sys.argv[1:]:
        for key, clients in parse(path).items():
            if "etcdj" in clients and "etcdj-http" in clients:
                points.setdefault(key, []).append(clients)
    print("| point | runs | throughput ops/s grpc / http-json | throughput http÷grpc | p99 µs grpc / http-json "
          "| p99 http÷grpc | client CPU µs/req grpc / http-json | client CPU http÷grpc | etcd CPU µs/req grpc / http-json "
          "| etcd CPU http÷grpc |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (workload, level), runs in sorted(points.items()):
        g = [r["etcdj"] for r in runs]
        h = [r["etcdj-http"] for r in runs]
        col = lambda k, rs, fmt="{:.0f}": spread([x[k] for x in rs], fmt)
        ratio = lambda k: spread([b[k] / a[k] for a, b in zip(g, h)], "{:.2f}")
        errors = sum(x["errors"] for x in g + h)
        print(f"| {workload} @{level} | {len(runs)} | {col('ops', g)} / {col('ops', h)} | {ratio('ops')} "
              f"| {col('p99', g)} / {col('p99', h)} | {ratio('p99')} "
              f"| {col('cpu', g, '{:.1f}')} / {col('cpu', h, '{:.1f}')} | {ratio('cpu')} "
              f"| {col('etcd', g, '{:.1f}')} / {col('etcd', h, '{:.1f}')} | {ratio('etcd')} |"
              + (f" errors: {errors}" if errors else ""))


if __name__ == "__main__":
    main()
