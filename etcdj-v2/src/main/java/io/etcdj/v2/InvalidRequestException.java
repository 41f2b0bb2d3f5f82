package io.etcdj.v2;

/**
 * etcd's form and validation errors, codes 200 to 299: a parameter is missing, malformed or not allowed in this combination.
 *
 * <p>For example 201 "PrevValue is Required in POST form", 202 "The given TTL in POST form is not a number", 203 "The given index in POST form is not a number", 209 "Invalid field", 210 "Invalid POST form", 211 "Value provided on refresh", 212 "A TTL must be provided on refresh". {@link #errorCode()} gives the exact code.
 */
public class InvalidRequestException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An error document etcd sent.
     *
     * @param message the exception's message
     * @param errorCode etcd's v2 error code
     * @param etcdMessage etcd's message; may be null
     * @param etcdCause etcd's cause; may be null
     * @param index etcd's index at the time of the error; 0 when unknown
     * @param httpStatus the HTTP status of the answer
     */
    public InvalidRequestException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
