package io.etcdj.exception;

/**
 * A snapshot stream ended without the bytes it promised: etcd closed it normally, but it was
 * shorter than announced, had no room for its 32-byte SHA-256 trailer, or the trailer did not
 * match the SHA-256 of the bytes before it. Code {@link ErrorCode#INTERNAL}, outcome
 * {@link Outcome#NOT_APPLIED} (a snapshot changes nothing on the server). Nothing received is to
 * be trusted: a file snapshot leaves no file behind.
 */
public class SnapshotIntegrityException extends InternalException {
    private static final long serialVersionUID = 1L;

    /** @param message what did not check out; not null */
    public SnapshotIntegrityException(String message) {
        super(ErrorCode.INTERNAL, Outcome.NOT_APPLIED, message, null);
    }
}
