package io.etcdj.bench;

/**
 * What is measured around a run besides latency.
 *
 * @param allocation the JVM's allocation, or null to not measure it
 * @param cpu CPU time of the machine and the server, or null to not measure it
 */
record Meters(Allocation allocation, CpuMeter cpu) {
    /** Measures nothing: for warmup runs. */
    static final Meters NONE = new Meters(null, null);
}
