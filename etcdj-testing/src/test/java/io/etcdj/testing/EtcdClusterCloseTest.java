package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EtcdClusterCloseTest {

    @Test
    void closeKillsProcessesAndDeletesDirectories() throws Exception {
        EtcdCluster cluster = EtcdCluster.builder().members(3).start();
        List<Long> pids = cluster.members().stream().map(EtcdMember::pid)
                .collect(Collectors.toList());
        List<Path> dirs = cluster.members().stream().map(EtcdMember::dataDir)
                .collect(Collectors.toList());
        cluster.member(2).pause(); // a paused member must die too
        assertThat(dirs).allSatisfy(dir -> assertThat(dir).isDirectory());

        cluster.close();

        assertThat(cluster.isClosed()).isTrue();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        }
        assertThat(dirs).allSatisfy(dir -> assertThat(dir).doesNotExist());
        assertThat(dirs.get(0).getParent().getParent()).doesNotExist();
        for (EtcdMember member : cluster.members()) {
            assertThat(member.isRunning()).isFalse();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", member.clientPort()), 1000);
                }
            }).isInstanceOf(java.net.ConnectException.class);
            assertThatThrownBy(member::restart).isInstanceOf(IllegalStateException.class);
        }
        cluster.close(); // idempotent
    }
}
