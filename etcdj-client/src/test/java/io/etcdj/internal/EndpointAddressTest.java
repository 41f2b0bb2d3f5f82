package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class EndpointAddressTest {
    @Test
    void parsesTheFormsEtcdctlAccepts() {
        assertThat(EndpointAddress.parse("http://127.0.0.1:2379")).isEqualTo(new EndpointAddress("127.0.0.1", 2379, false));
        assertThat(EndpointAddress.parse("https://etcd.local:2379")).isEqualTo(new EndpointAddress("etcd.local", 2379, true));
        assertThat(EndpointAddress.parse("10.0.0.1:4001")).isEqualTo(new EndpointAddress("10.0.0.1", 4001, false));
        assertThat(EndpointAddress.parse("http://[::1]:2379")).isEqualTo(new EndpointAddress("::1", 2379, false));
        assertThat(EndpointAddress.parse("http://[::1]:2379").toString()).isEqualTo("http://[::1]:2379");
    }

    @Test
    void rejectsWhatIsNotAClientUrl() {
        for (String bad : new String[] {"", "  ", "ftp://h:1", "http://host", "http://ho st:1", "unix:///tmp/x"}) {
            assertThatThrownBy(() -> EndpointAddress.parse(bad)).as(bad).isInstanceOf(InvalidArgumentException.class);
        }
    }
}
