package io.etcdj.internal;

import io.etcdj.KeyValue;
import java.lang.invoke.MethodHandles;
import java.nio.charset.Charset;

/**
 * Lets etcdj's decoders make a {@link KeyValue} that keeps the decoded message's immutable bytes
 * instead of copying them, so a read copies each key and value once (when gRPC's bytes are parsed
 * into the message) rather than again out of the message and in {@link KeyValue}'s public
 * constructor. {@link KeyValue} installs the factory when
 * its class is initialized. Internal: not for use outside etcdj.
 */
public final class KeyValueAccess {
    /** Makes a {@link KeyValue} over immutable bytes, without copying them. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Makes a key-value without copying its bytes.
         *
         * @param bytes the key and value; not null
         * @param createRevision the create revision
         * @param modRevision the mod revision
         * @param version the version
         * @param lease the lease id, 0 for none
         * @param charset the charset of the {@code ...AsString} accessors; not null
         * @return the key-value
         */
        KeyValue create(KvBytes bytes, long createRevision, long modRevision, long version, long lease,
                Charset charset);
    }

    private static volatile Factory factory;

    private KeyValueAccess() {
    }

    /**
     * Installs the factory; called once, by {@link KeyValue}'s static initializer.
     *
     * @param f the factory; not null
     * @throws IllegalStateException when a factory is installed already
     */
    public static synchronized void install(Factory f) {
        if (factory != null) {
            throw new IllegalStateException("the KeyValue factory is installed already");
        }
        factory = f;
    }

    /**
     * The installed factory, initializing {@link KeyValue} first if needed.
     *
     * @return the factory; never null
     */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                MethodHandles.lookup().ensureInitialized(KeyValue.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            f = factory;
        }
        return f;
    }
}
