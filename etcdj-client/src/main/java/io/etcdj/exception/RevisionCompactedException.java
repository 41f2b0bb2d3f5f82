package io.etcdj.exception;

/**
 * The requested revision is older than the store's compaction point ({@link ErrorCode#COMPACTED}):
 * the history it asks for has been discarded by a compaction. Always {@link Outcome#NOT_APPLIED}.
 */
public class RevisionCompactedException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /** The revision the store is compacted to, or 0 when unknown. */
    private final long compactRevision;

    /**
     * @param compactRevision the revision the store is compacted to, or 0 when the server did not
     *     say (a range request's error does not carry it; a watch's cancellation does)
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public RevisionCompactedException(long compactRevision, String message, Throwable cause) {
        super(ErrorCode.COMPACTED, Outcome.NOT_APPLIED, message, cause);
        this.compactRevision = compactRevision;
    }

    /**
     * @return the revision the store is compacted to (the oldest revision that can still be read
     *     is this one), or 0 when the server did not report it
     */
    public long compactRevision() {
        return compactRevision;
    }
}
