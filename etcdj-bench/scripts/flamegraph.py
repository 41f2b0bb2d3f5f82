#!/usr/bin/env python3
"""Turns a JDK Flight Recorder recording into a flame graph (SVG) and a table of where the
sampled CPU went.

    jfr print --json --stack-depth 256 --events jdk.ExecutionSample rec.jfr > rec.json
    flamegraph.py rec.json out.svg "title" [--exclude-thread REGEX] > table.md
    rsvg-convert -w 1600 out.svg > out.png

Only jdk.ExecutionSample events are used: threads running Java code. Time a thread spends inside
native code (the socket system calls of Netty's epoll transport) is not in them; the caller
reports the process's system CPU time beside the profile.
"""
import html
import json
import re
import sys
from collections import Counter, defaultdict

# Where a sample's leaf frame is, by package prefix: the first that matches wins.
CATEGORIES = [
    ("harness (load loop, histogram)", ("io.etcdj.bench.", "org.HdrHistogram.")),
    ("etcdj", ("io.etcdj.",)),
    ("protobuf (generated code and runtime)", ("com.google.protobuf.", "io.etcdj.grpc.")),
    ("Netty HTTP/2 and HPACK", ("io.grpc.netty.shaded.io.netty.handler.codec.http2.",)),
    ("Netty buffers", ("io.grpc.netty.shaded.io.netty.buffer.",)),
    ("Netty channel, event loop, epoll", ("io.grpc.netty.shaded.io.netty.channel.",)),
    ("Netty other (util, codec)", ("io.grpc.netty.shaded.io.netty.",)),
    ("gRPC Netty transport", ("io.grpc.netty.shaded.io.grpc.netty.",)),
    ("gRPC core (calls, streams, retry, deadlines)", ("io.grpc.",)),
    ("JDK concurrency (futures, locks, queues)", ("java.util.concurrent.",)),
    ("JDK other", ("java.", "jdk.", "sun.")),
]

# Frames whose inclusive share is worth a row: (label, regex on "class.method").
INCLUSIVE = [
    ("caller thread: starting calls through etcdj (CallPipeline and below)", r"^io\.etcdj\.internal\.CallPipeline"),
    ("event loop: gRPC's write queue flush (stream creation, headers, frames, socket writes)",
     r"^io\.grpc\.netty\.shaded\.io\.grpc\.netty\.WriteQueue\.flush"),
    ("event loop: epoll read handling (frame decoding, responses delivered, callbacks)", r"epollInReady$"),
    ("under gRPC's retry wrapper (RetriableStream and below)", r"^io\.grpc\.internal\.RetriableStream"),
    ("HPACK header encoding", r"HpackEncoder"),
    ("HPACK header decoding", r"HpackDecoder"),
    ("protobuf parsing of responses", r"\.parseFrom$|CodedInputStream|MessageMarshaller\.parse"),
    ("protobuf serialization of requests", r"CodedOutputStream|MessageMarshaller\.stream"),
    ("deadline timers (scheduling, cancelling)", r"DeadlineTimer|\.schedule$|ScheduledFutureTask|cancelScheduled"),
    ("etcdj request/response mapping (KvMapper)", r"^io\.etcdj\.internal\.KvMapper"),
]
SELF = [
    ("gRPC retry layer's own code (io.grpc.internal.RetriableStream*)", "io.grpc.internal.RetriableStream"),
]


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    args = sys.argv[1:]
    exclude = None
    if "--exclude-thread" in args:
        i = args.index("--exclude-thread")
        exclude = re.compile(args[i + 1])
        del args[i:i + 2]
    src, out, title = args
    with open(src) as fh:
        events = json.load(fh)["recording"]["events"]
    stacks = Counter()
    threads = Counter()
    for e in events:
        if e["type"] != "jdk.ExecutionSample":
            continue
        v = e["values"]
        t = v.get("sampledThread") or {}
        tname = t.get("javaName") or t.get("osName") or "?"
        if exclude and exclude.search(tname):
            continue
        st = v.get("stackTrace")
        if not st:
            continue
        frames = [frame_name(f) for f in st["frames"]]
        frames.reverse()  # root first
        tgroup = re.sub(r"[0-9]+", "#", tname)
        threads[tgroup] += 1
        stacks[tuple([tgroup] + frames)] += 1
    total = sum(stacks.values())
    if total == 0:
        sys.exit("no samples")

    self_by_cat = Counter()
    self_named = Counter()
    leaves = Counter()
    incl = Counter()
    for stack, n in stacks.items():
        leaf = stack[-1]
        leaves[leaf] += n
        for label, prefix in SELF:
            if leaf.startswith(prefix):
                self_named[label] += n
        for label, prefixes in CATEGORIES:
            if leaf.startswith(prefixes):
                self_by_cat[label] += n
                break
        else:
            self_by_cat["other"] += n
        for label, rx in INCLUSIVE:
            if any(re.search(rx, f) for f in stack[1:]):
                incl[label] += n

    print(f"{total} samples ({title})\n")
    print("| threads | share of samples |\n|---|---:|")
    for name, n in threads.most_common():
        print(f"| `{name}` | {100.0 * n / total:.1f}% |")
    print("\n| where the sampled thread was (leaf frame) | share of samples |\n|---|---:|")
    for label, n in self_by_cat.most_common():
        print(f"| {label} | {100.0 * n / total:.1f}% |")
    print("\n| inside (anywhere on the stack) | share of samples |\n|---|---:|")
    for label, _ in INCLUSIVE:
        print(f"| {label} | {100.0 * incl[label] / total:.1f}% |")
    for label, _ in SELF:
        print(f"| {label}, leaf frame only | {100.0 * self_named[label] / total:.1f}% |")
    print("\n| hottest leaf methods | share of samples |\n|---|---:|")
    for name, n in leaves.most_common(15):
        print(f"| `{name}` | {100.0 * n / total:.1f}% |")

    # flame graph: a tree of frames, widths by samples
    tree = {}
    for stack, n in stacks.items():
        node = tree
        for f in stack:
            child = node.setdefault(f, [0, {}])
            child[0] += n
            node = child[1]
    width, row, top = 1600, 16, 60
    depth = max(len(s) for s in stacks)
    height = top + row * (depth + 1)
    rects = []

    def colour(name):
        for i, (_, prefixes) in enumerate(CATEGORIES):
            if name.startswith(prefixes):
                palette = ["#9e9e9e", "#e45756", "#72b7b2", "#f58518", "#eeca3b", "#54a24b",
                           "#b5bd68", "#4c78a8", "#7aa6d6", "#b279a2", "#d6a5c9"]
                return palette[i % len(palette)]
        return "#cccccc"

    def walk(node, x, level):
        for name, (n, children) in sorted(node.items()):
            w = width * n / total
            if w >= 0.3:
                y = height - row * (level + 1)
                label = name.rsplit(".", 2)
                short = ".".join(label[-2:]) if len(label) >= 2 else name
                chars = int(w / 6.5)
                text = short if len(short) <= chars else (short[:chars - 2] + ".." if chars > 3 else "")
                rects.append(
                    f'<g><title>{html.escape(name)} ({n} samples, {100.0 * n / total:.1f}%)</title>'
                    f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 1}" fill="{colour(name)}"/>'
                    f'<text x="{x + 2:.1f}" y="{y + row - 4}">{html.escape(text)}</text></g>')
                walk(children, x, level + 1)
            x += w

    walk(tree, 0.0, 0)
    legend = " ".join(
        f'<rect x="{10 + (i % 6) * 260}" y="{22 + (i // 6) * 16}" width="10" height="10" fill="{c}"/>'
        f'<text x="{24 + (i % 6) * 260}" y="{31 + (i // 6) * 16}">{html.escape(l.split(" (")[0])}</text>'
        for i, (l, c) in enumerate(
            (lab, ["#9e9e9e", "#e45756", "#72b7b2", "#f58518", "#eeca3b", "#54a24b", "#b5bd68", "#4c78a8",
                   "#7aa6d6", "#b279a2", "#d6a5c9"][k]) for k, (lab, _) in enumerate(CATEGORIES)))
    with open(out, "w") as fh:
        fh.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                 f'font-family="DejaVu Sans, sans-serif" font-size="10">'
                 f'<rect width="100%" height="100%" fill="white"/>'
                 f'<text x="10" y="14" font-size="13">{html.escape(title)}: {total} samples, '
                 f'width = share of samples, bottom = thread</text>{legend}'
                 + "".join(rects) + "</svg>\n")


if __name__ == "__main__":
    main()
