package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code etcdj dev}: its server in-process, and the real command stopped by a signal. */
class DevServerTest {
    @Test
    void devServerServesAndLeavesNothingBehind() {
        Path dataDir;
        long pid;
        try (DevServer server = DevServer.start()) {
            assertThat(server.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(server.isRunning()).isTrue();
            dataDir = server.dataDir();
            pid = server.pid();
            assertThat(dataDir).isDirectory();
            try (EtcdClient etcd = EtcdClient.builder().endpoints(server.endpoint()).build()) {
                etcd.kv().put("dev/k", "v");
                assertThat(etcd.kv().get("dev/k").first().orElseThrow().valueAsString()).isEqualTo("v");
            }
            CliResult banner = Runner.etcdj(List.of("--endpoints", server.endpoint(), "get", "dev/k"), new byte[0],
                    java.util.Map.of());
            assertThat(banner.outText()).isEqualTo("dev/k\nv\n");
            server.close();
            assertThat(server.isRunning()).isFalse();
            server.close();
        }
        assertThat(dataDir).doesNotExist();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void devCommandStopsEtcdAndDeletesItsDataOnSigterm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "dev")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        String endpoint = null;
        Path dataDir = null;
        long pid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            Pattern running = Pattern.compile("etcd is running \\(pid (\\d+), data in (.+)\\)");
            while ((line = out.readLine()) != null) {
                lines.add(line);
                Matcher m = running.matcher(line);
                if (m.matches()) {
                    pid = Long.parseLong(m.group(1));
                    dataDir = Path.of(m.group(2));
                }
                if (line.startsWith("endpoint: ")) {
                    endpoint = line.substring("endpoint: ".length());
                }
                if (line.startsWith("Press Ctrl-C")) {
                    break;
                }
            }
            assertThat(endpoint).as(String.join("\n", lines)).isNotNull();
            String ep = endpoint;
            assertThat(lines).anyMatch(l -> l.contains("etcdctl --endpoints " + ep));
            assertThat(dataDir).isDirectory();
            try (EtcdClient etcd = EtcdClient.builder().endpoints(endpoint).build()) {
                etcd.kv().put("dev/signal", "yes");
            }
            // SIGTERM, as a service manager or `kill` sends it (Process.destroy() would close our pipes)
            Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            p.destroyForcibly();
        }
        assertThat(lines).as(String.join("\n", lines)).contains("stopped.");
        assertThat(Files.exists(dataDir)).isFalse();
        long etcdPid = pid;
        assertThat(ProcessHandle.of(etcdPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
