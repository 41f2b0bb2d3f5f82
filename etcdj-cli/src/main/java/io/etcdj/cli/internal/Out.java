package io.etcdj.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A byte-exact output stream for the command line: text is written as UTF-8, keys and values as
 * their raw bytes, as etcdctl writes them.
 */
public final class Out {
    private final OutputStream stream;

    /** @param stream where to write; not closed by this class */
    public Out(OutputStream stream) {
        this.stream = stream;
    }

    /** @param text text to write as UTF-8 */
    public void print(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @param text a line to write as UTF-8, followed by a newline */
    public void println(String text) {
        print(text + "\n");
    }

    /** @param bytes raw bytes to write, followed by a newline */
    public void println(byte[] bytes) {
        write(bytes);
        write(new byte[] {'\n'});
    }

    /** @param bytes raw bytes to write */
    public void write(byte[] bytes) {
        try {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes the underlying stream. */
    public void flush() {
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
