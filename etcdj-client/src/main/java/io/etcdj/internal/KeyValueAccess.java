package io.etcdj.internal;

import io.etcdj.KeyValue;
import java.lang.invoke.MethodHandles;
import java.nio.charset.Charset;

/**
 * Lets etcdj's decoders make a {@link KeyValue} that takes over freshly decoded arrays instead of
 * copying them, so a read copies each key and value once (out of the protobuf message) rather
 * than again in {@link KeyValue}'s public constructor. {@link KeyValue} installs the factory when
 * its class is initialized. Internal: not for use outside etcdj.
 */
public final class KeyValueAccess {
    /** Makes a {@link KeyValue} that owns the given arrays: no one else may hold or change them. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Makes a key-value without copying its arrays.
         *
         * @param key the key's bytes; not null, owned by the result from now on
         * @param value the value's bytes; not null, owned by the result from now on
         * @param createRevision the create revision
         * @param modRevision the mod revision
         * @param version the version
         * @param lease the lease id, 0 for none
         * @param charset the charset of the {@code ...AsString} accessors; not null
         * @return the key-value
         */
        KeyValue create(byte[] key, byte[] value, long createRevision, long modRevision, long version, long lease,
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
