package io.etcdj.testing;

/**
 * Thrown when the etcd executable cannot be found, or a configured path does not point at an
 * executable file. The message always says how to fix it (see {@link #HOW_TO_FIX}).
 */
public class EtcdBinaryNotFoundException extends EtcdLaunchException {

    private static final long serialVersionUID = 1L;

    /** The fix, appended to every message of this exception. */
    public static final String HOW_TO_FIX =
            "To fix: install etcd with `apt-get install etcd-server` (Debian/Ubuntu), or set the"
                    + " ETCD_BINARY environment variable (or the system property etcd.binary) to the"
                    + " path of the etcd executable.";

    /**
     * Creates the exception.
     *
     * @param problem what was looked at and not found; {@link #HOW_TO_FIX} is appended
     */
    public EtcdBinaryNotFoundException(String problem) {
        super(problem + " " + HOW_TO_FIX);
    }
}
