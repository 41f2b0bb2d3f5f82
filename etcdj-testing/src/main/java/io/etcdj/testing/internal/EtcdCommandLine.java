package io.etcdj.testing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the command line and environment of one etcd member. Not API. */
public final class EtcdCommandLine {

    private EtcdCommandLine() {}

    /**
     * @param binary the etcd executable
     * @param name the member name
     * @param dataDir the member's data directory
     * @param clientUrl such as {@code http://127.0.0.1:40123} or {@code https://...}
     * @param peerUrl such as {@code http://127.0.0.1:40124}
     * @param initialCluster {@code name=peerUrl} pairs of all members, comma separated
     * @param token the initial cluster token
     * @param launcherArgs the launcher's further flags (TLS, auth token), after the fixed ones
     * @param extraArgs appended last, so they override earlier single-valued flags
     * @return the command
     */
    public static List<String> build(Path binary, String name, Path dataDir, String clientUrl,
            String peerUrl, String initialCluster, String token, List<String> launcherArgs,
            List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add("--name=" + name);
        command.add("--data-dir=" + dataDir);
        command.add("--listen-client-urls=" + clientUrl);
        command.add("--advertise-client-urls=" + clientUrl);
        command.add("--listen-peer-urls=" + peerUrl);
        command.add("--initial-advertise-peer-urls=" + peerUrl);
        command.add("--initial-cluster=" + initialCluster);
        command.add("--initial-cluster-token=" + token);
        command.add("--initial-cluster-state=new");
        command.add("--enable-v2=true");
        command.add("--logger=zap");
        command.add("--log-outputs=stderr");
        command.addAll(launcherArgs);
        command.addAll(extraArgs);
        return List.copyOf(command);
    }

    /**
     * Removes ETCD_* and ETCDCTL_* variables (etcd reads ETCD_* as flags), keeping
     * ETCD_UNSUPPORTED_ARCH, so that the member runs exactly the flags given.
     *
     * @param environment a process builder's environment, changed in place
     */
    public static void scrubEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(key -> (key.startsWith("ETCD_") || key.startsWith("ETCDCTL_"))
                && !key.equals("ETCD_UNSUPPORTED_ARCH"));
    }
}
