package io.etcdj.internal.http;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.etcdj.internal.transport.StatusCode;
import java.nio.charset.StandardCharsets;

/**
 * A failure as etcd's gateway reports it, turned into the status gRPC would have given, so that
 * the one error mapper serves both transports. A unary call's error is an HTTP status with the body
 * {@code {"error": <text>, "message": <text>, "code": <grpc code>}}; a stream's is an object
 * {@code {"grpc_code": .., "message": ..}} under {@code "error"}, sent as a stream message, or as
 * the body of an HTTP error when the stream failed before its first message. A body that is not etcd's (a proxy's
 * error page) is judged by its HTTP status alone.
 *
 * @param code the gRPC status
 * @param message etcd's error text, or a description of the HTTP failure
 */
record GatewayError(StatusCode code, String message) {
    private static final StatusCode[] CODES = StatusCode.values();
    private static final Value EMPTY = Value.getDefaultInstance();

    /**
     * @param httpStatus the HTTP status; not 200
     * @param body the response body
     * @return the failure it reports
     */
    static GatewayError of(int httpStatus, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Struct json = object(text);
        if (json != null && json.getFieldsOrDefault("error", EMPTY).hasStructValue()) {
            // a stream that failed before its first message: the stream's error object, with an HTTP status
            Struct e = json.getFieldsOrThrow("error").getStructValue();
            Value code = e.getFieldsOrDefault("grpc_code", EMPTY);
            return new GatewayError(code.hasNumberValue() ? code((int) code.getNumberValue()) : fromHttp(httpStatus),
                    string(e, "message"));
        }
        if (json != null && json.getFieldsOrDefault("code", EMPTY).hasNumberValue()) {
            String message = string(json, "message");
            return new GatewayError(code((int) json.getFieldsOrThrow("code").getNumberValue()),
                    message != null ? message : string(json, "error"));
        }
        String snippet = text.strip();
        if (snippet.length() > 200) {
            snippet = snippet.substring(0, 200) + "...";
        }
        return new GatewayError(fromHttp(httpStatus), "HTTP " + httpStatus + (snippet.isEmpty() ? "" : ": " + snippet));
    }

    /**
     * @param value the JSON value of a stream's {@code "error"} member
     * @return the failure it reports
     */
    static GatewayError ofStream(String value) {
        Struct json = object(value);
        if (json == null) {
            return new GatewayError(StatusCode.UNKNOWN, value);
        }
        Value code = json.getFieldsOrDefault("grpc_code", EMPTY);
        return new GatewayError(code.hasNumberValue() ? code((int) code.getNumberValue()) : StatusCode.UNKNOWN,
                string(json, "message"));
    }

    /** @return the JSON object in the text, or null when the text is not one */
    static Struct object(String text) {
        try {
            Struct.Builder b = Struct.newBuilder();
            JsonFormat.parser().merge(text, b);
            return b.build();
        } catch (com.google.protobuf.InvalidProtocolBufferException | RuntimeException notJson) {
            return null;
        }
    }

    /** @return the member's string value, or null when it has none */
    static String string(Struct json, String name) {
        Value v = json.getFieldsOrDefault(name, EMPTY);
        return v.hasStringValue() ? v.getStringValue() : null;
    }

    private static StatusCode code(int grpcCode) {
        return grpcCode >= 0 && grpcCode < CODES.length ? CODES[grpcCode] : StatusCode.UNKNOWN;
    }

    /** The gRPC status that the HTTP status of a non-etcd error page stands for. */
    private static StatusCode fromHttp(int status) {
        return switch (status) {
            case 400 -> StatusCode.INVALID_ARGUMENT;
            case 401 -> StatusCode.UNAUTHENTICATED;
            case 403 -> StatusCode.PERMISSION_DENIED;
            case 404, 405, 501 -> StatusCode.UNIMPLEMENTED;
            case 408, 504 -> StatusCode.DEADLINE_EXCEEDED;
            case 409 -> StatusCode.ABORTED;
            case 412 -> StatusCode.FAILED_PRECONDITION;
            case 413 -> StatusCode.RESOURCE_EXHAUSTED;
            case 429, 502, 503 -> StatusCode.UNAVAILABLE;
            default -> StatusCode.UNKNOWN;
        };
    }
}
