package io.etcdj.testing;

/** A member exited because one of its ports was taken meanwhile; the start is retried. */
final class PortConflictException extends EtcdLaunchException {

    private static final long serialVersionUID = 1L;

    PortConflictException(String message) {
        super(message);
    }
}
