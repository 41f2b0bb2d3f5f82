package io.etcdj.v2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdj.v2.CompareFailedException;
import io.etcdj.v2.DirectoryNotEmptyException;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2HttpException;
import io.etcdj.v2.EventIndexClearedException;
import io.etcdj.v2.InvalidRequestException;
import io.etcdj.v2.KeyNotFoundException;
import io.etcdj.v2.NodeExistsException;
import io.etcdj.v2.NotDirectoryException;
import io.etcdj.v2.NotFileException;
import io.etcdj.v2.RaftException;
import io.etcdj.v2.RootReadOnlyException;
import io.etcdj.v2.UnauthorizedException;
import io.etcdj.v2.WatcherClearedException;

/** Maps etcd's error answers to the typed exceptions. */
public final class Errors {
    private Errors() {
    }

    /**
     * The exception for an error answer: a typed one for a v2 error document, an
     * {@link UnauthorizedException} for HTTP 401, otherwise an {@link EtcdV2HttpException}.
     *
     * @param r the answer, not 2xx
     * @return the exception
     */
    static EtcdV2Exception fromResponse(RawResponse r) {
        JsonNode json = null;
        try {
            json = Decoder.MAPPER.readTree(r.body());
        } catch (Exception notJson) {
            // a plain-text error; handled below
        }
        if (json != null && json.isObject() && json.has("errorCode")) {
            int code = json.path("errorCode").asInt();
            String message = json.path("message").asText(null);
            String cause = json.hasNonNull("cause") ? json.get("cause").asText() : null;
            long index = json.path("index").asLong(0);
            return byCode(code, message, cause, index, r.status());
        }
        String message = json != null && json.isObject() && json.has("message") ? json.get("message").asText()
                : Decoder.abbreviate(r.body());
        String text = "etcd at " + r.endpoint() + " answered HTTP " + r.status() + ": " + message;
        if (r.status() == 401) {
            return new UnauthorizedException(text, EtcdV2Exception.NO_ERROR_CODE, message, null, 0, 401);
        }
        return new EtcdV2HttpException(text, message, r.status());
    }

    /**
     * The typed exception for a v2 error code.
     *
     * @param code etcd's error code
     * @param message etcd's message
     * @param cause etcd's cause
     * @param index etcd's index
     * @param status the HTTP status
     * @return the exception
     */
    public static EtcdV2Exception byCode(int code, String message, String cause, long index, int status) {
        // the form etcd's own clients print: "100: Key not found (/k) [7]"
        String text = code + ": " + message + " (" + (cause == null ? "" : cause) + ") [" + index + "]";
        return switch (code) {
            case 100 -> new KeyNotFoundException(text, code, message, cause, index, status);
            case 101 -> new CompareFailedException(text, code, message, cause, index, status);
            case 102 -> new NotFileException(text, code, message, cause, index, status);
            case 104 -> new NotDirectoryException(text, code, message, cause, index, status);
            case 105 -> new NodeExistsException(text, code, message, cause, index, status);
            case 107 -> new RootReadOnlyException(text, code, message, cause, index, status);
            case 108 -> new DirectoryNotEmptyException(text, code, message, cause, index, status);
            case 110 -> new UnauthorizedException(text, code, message, cause, index, status);
            case 300, 301 -> new RaftException(text, code, message, cause, index, status);
            case 400 -> new WatcherClearedException(text, code, message, cause, index, status);
            case 401 -> new EventIndexClearedException(text, code, message, cause, index, status);
            default -> code >= 200 && code < 300
                    ? new InvalidRequestException(text, code, message, cause, index, status)
                    : new EtcdV2Exception(text, code, message, cause, index, status, false, null);
        };
    }
}
