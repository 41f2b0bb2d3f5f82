package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.testing.EtcdClusterExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every global flag read from its {@code ETCDCTL_*} variable, compared with etcdctl 3.4 on one
 * server byte for byte: each variable standing in for its flag, values that do not parse (pflag
 * leaves a list flag alone and sets a boolean to false, a duration to 0s), variables that shadow a
 * flag given on the command line (fatal), unknown and empty variables (warned about), and
 * {@code --debug}'s listing of the flags.
 */
class EnvFlagsCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "env-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    @BeforeAll
    static void seed() {
        try (EtcdClient etcd = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            etcd.kv().put(P + "a", "1\t\u00e9");
        }
    }

    @BeforeEach
    void needsEtcdctl() {
        Runner.assumeEtcdctl();
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("ETCDCTL_ENDPOINTS", ETCD.endpointsCsv());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static CliResult same(Map<String, String> env, String... args) {
        return Runner.assertSame(List.of(args), new byte[0], env);
    }

    @Test
    void eachVariableStandsInForItsFlag() {
        same(env(), "get", P + "a");
        same(env("ETCDCTL_WRITE_OUT", "json"), "get", P + "a");
        same(env("ETCDCTL_WRITE_OUT", "fields"), "get", P + "a");
        same(env("ETCDCTL_HEX", "true"), "get", P + "a");
        same(env("ETCDCTL_HEX", "1", "ETCDCTL_WRITE_OUT", "simple"), "get", P + "a");
        same(env("ETCDCTL_DIAL_TIMEOUT", "3s", "ETCDCTL_COMMAND_TIMEOUT", "4s"), "get", P + "a");
        same(env("ETCDCTL_KEEPALIVE_TIME", "3s", "ETCDCTL_KEEPALIVE_TIMEOUT", "1m"), "get", P + "a");
        same(env("ETCDCTL_INSECURE_TRANSPORT", "true", "ETCDCTL_INSECURE_SKIP_TLS_VERIFY", "true"), "get", P + "a");
        same(env("ETCDCTL_INSECURE_DISCOVERY", "false", "ETCDCTL_DISCOVERY_SRV_NAME", "x"), "get", P + "a");
        same(env("ETCDCTL_PASSWORD", "secret"), "get", P + "a");
        same(env("ETCDCTL_USER", ":secret"), "get", P + "a");
        same(env("ETCDCTL_USER", "root:"), "get", P + "a");
        // credentials for a server without auth: etcdctl's client goes on without a token
        same(env("ETCDCTL_USER", "root:pw"), "get", P + "a");
        same(env("ETCDCTL_USER", "root", "ETCDCTL_PASSWORD", "pw"), "put", P + "b", "v");
    }

    @Test
    void tlsAndAuthVariablesAreCheckedAsTheFlags() {
        same(env("ETCDCTL_CACERT", "/nonexistent/ca.pem"), "get", P + "a");
        same(env("ETCDCTL_CERT", "/nonexistent/c.pem"), "get", P + "a");
        same(env("ETCDCTL_KEY", "/nonexistent/k.pem"), "get", P + "a");
        same(env("ETCDCTL_CERT", "/nonexistent/c.pem", "ETCDCTL_KEY", "/nonexistent/k.pem"), "get", P + "a");
        // no password after the user: asked for on standard output, with stty's complaint about
        // an input that is no terminal; the empty answer means no authentication
        CliResult r = same(env("ETCDCTL_USER", "root"), "get", P + "a");
        assertThat(r.outText()).startsWith("Password: \n");
    }

    @Test
    void valuesThatDoNotParseAreHandledAsPflagDoes() {
        same(env("ETCDCTL_HEX", "maybe"), "get", P + "a");
        same(env("ETCDCTL_DIAL_TIMEOUT", "zz", "ETCDCTL_KEEPALIVE_TIME", "never"), "get", P + "a");
        same(env("ETCDCTL_WRITE_OUT", "yaml"), "get", P + "a");
        same(env("ETCDCTL_ENDPOINTS", "\"" + ETCD.endpointsCsv()), "--command-timeout=1s", "get", P + "a");
        for (String bad : List.of("\"a", "a\"b", "\"a\"b", "a,\"b")) {
            // the same list on the command line is a flag error (etcdj's usage text is its own)
            List<String> args = List.of("--endpoints=" + bad, "get", P + "a");
            Runner.assertSame(args, args, new byte[0], Map.of(), java.util.function.UnaryOperator.identity(), false);
        }
        // a boolean that does not parse is false: TLS to a plain server, which never answers
        same(env("ETCDCTL_INSECURE_TRANSPORT", "maybe"), "--command-timeout=1s", "get", P + "a");
        // a command timeout from the environment: etcdctl's get takes its deadline before reading
        // the environment, its compaction after
        same(env("ETCDCTL_COMMAND_TIMEOUT", "0s"), "get", P + "a");
        same(env("ETCDCTL_COMMAND_TIMEOUT", "bad"), "get", P + "a");
        same(env("ETCDCTL_COMMAND_TIMEOUT", "0s"), "compaction", "1");
    }

    @Test
    void aVariableShadowingAGivenFlagIsFatal() {
        same(env("ETCDCTL_HEX", "true"), "--hex", "get", P + "a");
        same(env("ETCDCTL_USER", "a"), "--user", "b:c", "get", P + "a");
        same(env("ETCDCTL_CACERT", "x"), "--cacert", "y", "get", P + "a");
        same(env(), "--endpoints", ETCD.endpointsCsv(), "get", P + "a");
        // an empty variable is not used, yet it still conflicts with a given flag
        same(env("ETCDCTL_KEY", ""), "--key", "k", "get", P + "a");
    }

    @Test
    void unknownAndEmptyVariablesAreWarnedAbout() {
        same(env("ETCDCTL_FOO", "bar"), "get", P + "a");
        same(env("ETCDCTL_CERT", ""), "get", P + "a");
        same(env("ETCDCTL_PREFIX", "true"), "get", P + "a");
        // the watch variables belong to watch only (one variable a run: etcdctl warns in the
        // order of its environment, which the test cannot choose)
        same(env("ETCDCTL_WATCH_KEY", "x"), "get", P + "a");
        same(env("ETCDCTL_WATCH_RANGE_END", "y"), "get", P + "a");
    }

    @Test
    void debugListsTheGlobalFlagsAsVariables() {
        for (Map<String, String> env : List.of(env("ETCDCTL_DEBUG", "true", "ETCDCTL_WRITE_OUT", "json"),
                env("ETCDCTL_DEBUG", "true", "ETCDCTL_USER", ":x", "ETCDCTL_KEEPALIVE_TIME", "1m30s"))) {
            List<String> args = List.of("--hex", "get", P + "a");
            CliResult expected = Runner.etcdctl(args, new byte[0], env);
            CliResult actual = Runner.etcdj(args, new byte[0], env);
            assertThat(actual.out()).isEqualTo(expected.out());
            assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
            // etcdctl's gRPC library then logs its connection steps; etcdj does not
            List<String> flagLines = new ArrayList<>(expected.err().lines()
                    .filter(l -> l.startsWith("ETCDCTL_")).toList());
            assertThat(actual.err().lines().toList()).isEqualTo(flagLines);
        }
    }
}
