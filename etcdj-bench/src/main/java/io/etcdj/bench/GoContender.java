package io.etcdj.bench;

import io.etcdj.EtcdClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * etcd's own Go client (clientv3), measured by the reference tool {@code gobench} (built from
 * {@code shared/tools/gobench}) in a child process, one process per run. That tool has {@code put}
 * and linearizable {@code get}, writes and reads keys {@code bench/0} .. {@code bench/9999}, opens
 * one client, and reports throughput, p50 and p99 only.
 */
final class GoContender implements Contender {
    private static final Pattern LINE = Pattern.compile(
            "ops/s=([0-9.]+) p50us=([0-9]+) p99us=([0-9]+) errors=([0-9]+)");
    /** The keys gobench uses. */
    static final int GO_KEY_SPACE = 10_000;
    private static final long CPU_SAMPLE_MILLIS = 20;

    private final Path binary;
    private final String endpoint;
    private final int valSize;

    GoContender(Path binary, String endpoint, int valSize) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalArgumentException("the Go reference tool is not at " + binary
                    + "; build it with shared/tools/gobench/build.sh " + binary + " or pass --gobench PATH");
        }
        this.binary = binary;
        this.endpoint = endpoint;
        this.valSize = valSize;
    }

    @Override
    public String name() {
        return "go";
    }

    @Override
    public boolean inProcess() {
        return false;
    }

    @Override
    public boolean supports(Workload workload) {
        return workload.goOperation() != null;
    }

    @Override
    public void prepare(Workload workload, Keys keys, EtcdClient admin) {
        if ("get".equals(workload.goOperation())) {
            // gobench itself writes only bench/0..999 before reading bench/0..9999: write them all,
            // so its reads find a value of the same size as the other clients' reads do
            Verify.fill(admin, GO_KEY_SPACE, i -> ("bench/" + i).getBytes(StandardCharsets.US_ASCII), keys.value());
        }
    }

    @Override
    public RunResult run(Workload workload, Keys keys, long firstSeq, long requests, int inflight, long timeLimitNanos,
            Meters meters) throws IOException, InterruptedException {
        List<String> command = List.of(binary.toString(), endpoint, workload.goOperation(), Long.toString(requests),
                Integer.toString(inflight), Integer.toString(valSize));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "etcdj-bench-gobench-reader");
        reader.setDaemon(true);
        reader.start();
        long waitNanos = timeLimitNanos + LoadLoop.DRAIN_NANOS;
        long giveUp = System.nanoTime() + waitNanos;
        // gobench's timed part is the last total/ops seconds before it exits, after its start-up
        // and its own preload: sample the CPU counters meanwhile and keep that window's
        List<Long> times = new ArrayList<>();
        List<CpuMeter.Mark> marks = new ArrayList<>();
        while (!p.waitFor(CPU_SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            if (meters.cpu() != null) {
                times.add(System.nanoTime());
                marks.add(meters.cpu().mark(p.pid()));
            }
            if (System.nanoTime() - giveUp > 0) {
                p.destroyForcibly();
                throw new IllegalStateException("gobench did not finish within "
                        + TimeUnit.NANOSECONDS.toSeconds(waitNanos) + " s");
            }
        }
        long exited = System.nanoTime();
        CpuMeter.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
        reader.join(5_000);
        String all;
        synchronized (output) {
            all = String.join("\n", output);
        }
        Matcher m = LINE.matcher(all);
        if (p.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException("gobench failed (exit " + p.exitValue() + "): " + all);
        }
        double ops = Double.parseDouble(m.group(1));
        long errors = Long.parseLong(m.group(4));
        long elapsed = ops <= 0 ? 0 : Math.round(requests * 1e9 / ops);
        long[] percentiles = {Long.parseLong(m.group(2)), -1, Long.parseLong(m.group(3)), -1};
        long[] cpu = null;
        for (int i = 0; i < marks.size() && last != null; i++) {
            if (times.get(i) >= exited - elapsed) {
                // scale the window we have to the timed part's length
                long window = times.get(times.size() - 1) - times.get(i);
                long[] c = last.since(marks.get(i));
                if (window > elapsed / 2) {
                    cpu = new long[3];
                    for (int j = 0; j < 3; j++) {
                        cpu[j] = c[j] < 0 ? -1 : Math.round(c[j] * (double) elapsed / window);
                    }
                }
                break;
            }
        }
        return new RunResult(name(), requests, errors, elapsed, null, percentiles, -1,
                errors > 0 ? "gobench reported " + errors + " errors" : null, cpu, null);
    }

    @Override
    public void close() {
    }
}
