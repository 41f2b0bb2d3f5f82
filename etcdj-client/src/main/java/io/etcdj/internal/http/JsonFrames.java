package io.etcdj.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Splits a byte stream of concatenated JSON objects into one object each, whatever separates them
 * (etcd's gateway puts a newline after each, a proxy may re-chunk them anywhere): it tracks brace
 * depth outside strings, so it needs no separator at all. Works on UTF-8 bytes, whose multi-byte
 * sequences never contain the ASCII bytes it looks at. Not thread-safe.
 */
final class JsonFrames {
    private final int maxFrameBytes;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** @param maxFrameBytes the largest object accepted, in bytes */
    JsonFrames(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * @param bytes the next bytes of the stream
     * @param sink told of each object completed by them, as its JSON text
     * @throws FrameTooLargeException when an object exceeds the limit
     * @throws IllegalArgumentException when the stream has something other than objects at the top level
     */
    void feed(ByteBuffer bytes, Consumer<String> sink) {
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (depth == 0) {
                if (b == '{') {
                    depth = 1;
                    frame.write(b);
                } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    throw new IllegalArgumentException("expected a JSON object in the stream, found '" + (char) b + "'");
                }
                continue;
            }
            frame.write(b);
            if (frame.size() > maxFrameBytes) {
                throw new FrameTooLargeException(maxFrameBytes);
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                String text = frame.toString(StandardCharsets.UTF_8);
                frame.reset();
                sink.accept(text);
            }
        }
    }

    /** @return true when no object is half read */
    boolean atBoundary() {
        return depth == 0;
    }

    /** An object in the stream exceeded the client's limit on response size. */
    static final class FrameTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FrameTooLargeException(int max) {
            super("a stream message exceeds maximum size " + max + " bytes");
        }
    }
}
