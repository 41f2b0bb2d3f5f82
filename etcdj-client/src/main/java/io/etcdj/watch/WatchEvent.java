package io.etcdj.watch;

import io.etcdj.KeyValue;
import java.util.Objects;

/**
 * One change seen by a watch ({@code mvccpb.Event}). Immutable.
 *
 * <p>A put carries the key-value as written; a delete carries the key with an empty value and
 * the deletion's revision as its mod revision. The previous key-value is there when the watch
 * asked for it ({@link WatchOptions.Builder#prevKv()}) and the key existed before.
 */
public final class WatchEvent {
    /** The kind of change. */
    public enum Type {
        /** The key was created or modified. */
        PUT,
        /** The key was deleted (or its lease expired). */
        DELETE
    }

    private final Type type;
    private final KeyValue keyValue;
    private final KeyValue prevKeyValue;

    /**
     * Makes an event.
     *
     * @param type the kind of change; not null
     * @param keyValue the key-value after the change; not null
     * @param prevKeyValue the key-value before it, or null when not asked for or the key did not exist
     */
    public WatchEvent(Type type, KeyValue keyValue, KeyValue prevKeyValue) {
        this.type = Objects.requireNonNull(type, "type");
        this.keyValue = Objects.requireNonNull(keyValue, "keyValue");
        this.prevKeyValue = prevKeyValue;
    }

    /**
     * The kind of change.
     *
     * @return put or delete
     */
    public Type type() {
        return type;
    }

    /**
     * The key-value after the change.
     *
     * @return the key-value; for a delete, the key with an empty value
     */
    public KeyValue keyValue() {
        return keyValue;
    }

    /**
     * The key-value before the change.
     *
     * @return it, or null when not asked for or the key did not exist
     */
    public KeyValue prevKeyValue() {
        return prevKeyValue;
    }

    /**
     * The revision of the change.
     *
     * @return the key-value's mod revision
     */
    public long revision() {
        return keyValue.modRevision();
    }

    /**
     * Whether the put created the key (as Go's {@code Event.IsCreate}).
     *
     * @return true for a put whose create revision is its mod revision
     */
    public boolean isCreate() {
        return type == Type.PUT && keyValue.createRevision() == keyValue.modRevision();
    }

    /**
     * Whether the put modified an existing key (as Go's {@code Event.IsModify}).
     *
     * @return true for a put of a key that existed before
     */
    public boolean isModify() {
        return type == Type.PUT && keyValue.createRevision() != keyValue.modRevision();
    }

    @Override
    public String toString() {
        return "WatchEvent{" + type + " " + keyValue + (prevKeyValue != null ? ", prev=" + prevKeyValue : "") + "}";
    }
}
