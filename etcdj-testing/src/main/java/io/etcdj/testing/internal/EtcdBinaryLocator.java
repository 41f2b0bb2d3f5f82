package io.etcdj.testing.internal;

import io.etcdj.testing.EtcdBinaryNotFoundException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds the etcd executable: an explicit path, the system property {@value #PROPERTY}, the
 * environment variable {@value #ENV}, {@code etcd} on {@code PATH}, then the fallbacks
 * ({@code /usr/bin/etcd}). Not API.
 */
public final class EtcdBinaryLocator {

    /** Environment variable naming the etcd executable. */
    public static final String ENV = "ETCD_BINARY";
    /** System property naming the etcd executable; wins over {@link #ENV}. */
    public static final String PROPERTY = "etcd.binary";
    /** Where Debian's etcd-server package installs etcd. */
    public static final Path DEBIAN_PATH = Path.of("/usr/bin/etcd");

    private final UnaryOperator<String> env;
    private final UnaryOperator<String> properties;
    private final List<Path> fallbacks;

    /**
     * @param env reads an environment variable, returning {@code null} when unset
     * @param properties reads a system property, returning {@code null} when unset
     * @param fallbacks paths tried last, in order
     */
    public EtcdBinaryLocator(UnaryOperator<String> env, UnaryOperator<String> properties,
            List<Path> fallbacks) {
        this.env = env;
        this.properties = properties;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** @return a locator reading this JVM's environment and system properties */
    public static EtcdBinaryLocator system() {
        return new EtcdBinaryLocator(System::getenv, System::getProperty, List.of(DEBIAN_PATH));
    }

    /**
     * Finds etcd.
     *
     * @param explicit a path chosen by the caller, or {@code null} to search
     * @return an executable regular file
     * @throws EtcdBinaryNotFoundException if an explicit or configured path is not an executable
     *     file, or if nothing was found
     */
    public Path locate(Path explicit) {
        if (explicit != null) {
            return requireExecutable(explicit, "the configured etcd binary");
        }
        String property = blankToNull(properties.apply(PROPERTY));
        if (property != null) {
            return requireExecutable(toPath(property, "system property " + PROPERTY),
                    "system property " + PROPERTY);
        }
        String variable = blankToNull(env.apply(ENV));
        if (variable != null) {
            return requireExecutable(toPath(variable, "environment variable " + ENV),
                    "environment variable " + ENV);
        }
        List<String> looked = new ArrayList<>();
        looked.add("system property " + PROPERTY + " (unset)");
        looked.add("environment variable " + ENV + " (unset)");
        String path = env.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                try {
                    Path candidate = Path.of(dir, "etcd");
                    if (isExecutable(candidate)) {
                        return candidate;
                    }
                } catch (InvalidPathException ignored) {
                    // a malformed PATH entry cannot hold etcd
                }
            }
        }
        looked.add("etcd on PATH (" + (path == null ? "PATH unset" : path) + ")");
        for (Path fallback : fallbacks) {
            if (isExecutable(fallback)) {
                return fallback;
            }
            looked.add(fallback.toString());
        }
        throw new EtcdBinaryNotFoundException(
                "etcd executable not found; looked at: " + String.join(", ", looked) + ".");
    }

    private static Path requireExecutable(Path path, String source) {
        if (!isExecutable(path)) {
            throw new EtcdBinaryNotFoundException(
                    source + " points at " + path + ", which is not an executable file.");
        }
        return path;
    }

    private static Path toPath(String value, String source) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new EtcdBinaryNotFoundException(source + " is not a valid path: " + value + ".");
        }
    }

    private static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
