package io.etcdj.internal.http;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;

/**
 * The JSON form of etcd's messages as its gateway reads and writes them: protobuf's own JSON
 * mapping with the proto field names (etcd's gateway marshals with {@code OrigName}), bytes in
 * base64, 64-bit integers as strings, zero values left out. Fields a newer etcd adds are ignored.
 */
final class GatewayJson {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().preservingProtoFieldNames()
            .omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private GatewayJson() {
    }

    /** @return the message as UTF-8 JSON */
    static byte[] print(Message message) {
        try {
            return PRINTER.print(message).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot write " + message.getDescriptorForType().getFullName()
                    + " as JSON", e);
        }
    }

    /**
     * @param json the JSON text of one message
     * @param prototype any instance of the message type, for its builder
     * @return the parsed message
     * @throws InvalidProtocolBufferException when the text is not that message's JSON
     */
    @SuppressWarnings("unchecked")
    static <R extends Message> R parse(String json, R prototype) throws InvalidProtocolBufferException {
        Message.Builder b = prototype.newBuilderForType();
        PARSER.merge(json, b);
        return (R) b.build();
    }
}
