package io.etcdj.testing;

/**
 * Thrown when an etcd member could not be started or did not become healthy in time.
 *
 * <p>When the failure concerns one member, the message names it and ends with the last lines
 * (about 40) of that member's log, so a failing test shows why etcd refused to start.
 */
public class EtcdLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; may include a log tail
     */
    public EtcdLaunchException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong; may include a log tail
     * @param cause the underlying failure, or {@code null} if there is none
     */
    public EtcdLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
