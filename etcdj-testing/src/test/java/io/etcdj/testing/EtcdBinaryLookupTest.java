package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.internal.EtcdBinaryLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcdBinaryLookupTest {

    @TempDir
    Path tmp;

    @Test
    void missingConfiguredBinaryExplainsTheFix() {
        Path missing = tmp.resolve("no-etcd-here");
        assertThatThrownBy(() -> EtcdCluster.builder().binary(missing).start())
                .isInstanceOf(EtcdBinaryNotFoundException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("apt-get install etcd-server")
                .hasMessageContaining("ETCD_BINARY");
    }

    @Test
    void nothingFoundAnywhereExplainsTheFix() {
        EtcdBinaryLocator locator = locator(Map.of("PATH", tmp.toString()), Map.of(),
                List.of(tmp.resolve("usr-bin-etcd")));
        assertThatThrownBy(() -> locator.locate(null))
                .isInstanceOf(EtcdBinaryNotFoundException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("PATH")
                .hasMessageContaining("apt-get install etcd-server")
                .hasMessageContaining("set the ETCD_BINARY environment variable");
    }

    @Test
    void lookupOrderIsPropertyEnvPathFallback() throws IOException {
        Path byProperty = executable("prop/etcd");
        Path byEnv = executable("env/etcd");
        Path onPath = executable("bin/etcd");
        Path fallback = executable("fallback/etcd");
        List<Path> fallbacks = List.of(fallback);
        Map<String, String> path = Map.of("PATH", "/nonexistent:" + onPath.getParent());

        assertThat(locator(Map.of("ETCD_BINARY", byEnv.toString(), "PATH", onPath.getParent()
                .toString()), Map.of("etcd.binary", byProperty.toString()), fallbacks)
                .locate(null)).isEqualTo(byProperty);
        assertThat(locator(Map.of("ETCD_BINARY", byEnv.toString()), Map.of(), fallbacks)
                .locate(null)).isEqualTo(byEnv);
        assertThat(locator(path, Map.of(), fallbacks).locate(null)).isEqualTo(onPath);
        assertThat(locator(Map.of(), Map.of(), fallbacks).locate(null)).isEqualTo(fallback);
        assertThat(locator(path, Map.of(), fallbacks).locate(byEnv)).isEqualTo(byEnv);
    }

    @Test
    void configuredButNotExecutableIsAnError() throws IOException {
        Path plain = Files.createFile(tmp.resolve("etcd"));
        assertThatThrownBy(() -> locator(Map.of("ETCD_BINARY", plain.toString()), Map.of(),
                List.of()).locate(null))
                .isInstanceOf(EtcdBinaryNotFoundException.class)
                .hasMessageContaining("environment variable ETCD_BINARY points at " + plain)
                .hasMessageContaining("apt-get install etcd-server");
    }

    @Test
    void systemLocatorFindsTheInstalledEtcd() {
        assertThat(EtcdBinaryLocator.system().locate(null)).isExecutable();
    }

    private Path executable(String relative) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static EtcdBinaryLocator locator(Map<String, String> env, Map<String, String> props,
            List<Path> fallbacks) {
        return new EtcdBinaryLocator(env::get, props::get, fallbacks);
    }
}
