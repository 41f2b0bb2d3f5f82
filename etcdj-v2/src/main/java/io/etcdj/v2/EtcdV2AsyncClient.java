package io.etcdj.v2;

import io.etcdj.v2.internal.Decoder;
import io.etcdj.v2.internal.Requests;
import io.etcdj.v2.internal.Transport;
import io.etcdj.v2.internal.V2Request;
import io.etcdj.v2.internal.Futures;
import io.etcdj.v2.internal.WatchLoop;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The asynchronous v2 client: every call of {@link EtcdV2Client} returning a
 * {@link CompletableFuture}, which fails with the same exceptions the blocking call throws (an
 * {@link EtcdV2Exception} or one of its subclasses). Get it from {@link EtcdV2Client#async()};
 * it shares the client's connections and is closed with it. Thread-safe.
 *
 * <p>The keys operations follow etcd's v2 API document ("etcd API", {@code /v2/keys}); members
 * follow the v2 members API ({@code /v2/members}); statistics, machines, version and health
 * follow the v2 admin and stats endpoints. Futures complete on the client's executor. Invalid
 * arguments (a null key, a negative TTL) throw {@link IllegalArgumentException} at once, nothing
 * being sent.
 */
public final class EtcdV2AsyncClient {
    private final Transport transport;
    private final Executor executor;
    private final Set<EtcdV2Watch> watches = ConcurrentHashMap.newKeySet();

    EtcdV2AsyncClient(Transport transport, Executor executor) {
        this.transport = transport;
        this.executor = executor;
    }

    /**
     * Reads a key or a directory (one level).
     *
     * @param key the key; {@code /} or empty for the root
     * @return the response, action {@code get}; fails with {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key is null
     * @see EtcdV2Client#get(String, GetOptions)
     */
    public CompletableFuture<EtcdV2Response> get(String key) {
        return get(key, GetOptions.DEFAULT);
    }

    /**
     * Reads a key or a directory.
     *
     * @param key the key; {@code /} or empty for the root
     * @param options recursive, sorted, quorum; null for the defaults
     * @return the response, action {@code get}; fails with {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key is null
     * @see EtcdV2Client#get(String, GetOptions)
     */
    public CompletableFuture<EtcdV2Response> get(String key, GetOptions options) {
        return keys(Requests.get(key, options == null ? GetOptions.DEFAULT : options));
    }

    /**
     * Sets a key's value.
     *
     * @param key the key
     * @param value the value; null only for a directory or a refresh
     * @param options TTL, conditions, dir, refresh; null for the defaults
     * @return the response; see {@link EtcdV2Client#set(String, String, SetOptions)} for its failures
     * @throws IllegalArgumentException if key is null
     */
    public CompletableFuture<EtcdV2Response> set(String key, String value, SetOptions options) {
        return keys(Requests.put(key, value, options == null ? SetOptions.DEFAULT : options));
    }

    /**
     * Sets a key's value unconditionally, without TTL.
     *
     * @param key the key
     * @param value the value, not null
     * @return the response, action {@code set}
     * @throws IllegalArgumentException if key or value is null
     */
    public CompletableFuture<EtcdV2Response> set(String key, String value) {
        return set(key, requireValue(value), SetOptions.DEFAULT);
    }

    /**
     * Creates a key that must not exist ({@code prevExist=false}).
     *
     * @param key the key
     * @param value the value, not null
     * @param options the TTL and any other options; prevExist is set to false; null for none
     * @return the response, action {@code create}; fails with {@link NodeExistsException}
     * @throws IllegalArgumentException if key or value is null
     */
    public CompletableFuture<EtcdV2Response> create(String key, String value, SetOptions options) {
        return set(key, requireValue(value), base(options).prevExist(false).build());
    }

    /**
     * Updates a key that must exist ({@code prevExist=true}).
     *
     * @param key the key
     * @param value the value, not null
     * @param options TTL (none removes the key's TTL); null for none
     * @return the response, action {@code update}; fails with {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key or value is null
     */
    public CompletableFuture<EtcdV2Response> update(String key, String value, SetOptions options) {
        return set(key, requireValue(value), base(options).prevExist(true).build());
    }

    /**
     * Compare-and-swap: sets the value only if the current value is {@code prevValue}.
     *
     * @param key the key
     * @param value the new value, not null
     * @param prevValue the value expected, not null
     * @return the response, action {@code compareAndSwap}; fails with
     *     {@link CompareFailedException} or {@link KeyNotFoundException}
     * @throws IllegalArgumentException if an argument is null
     */
    public CompletableFuture<EtcdV2Response> compareAndSwap(String key, String value, String prevValue) {
        return set(key, requireValue(value), SetOptions.builder().prevValue(require(prevValue, "prevValue")).build());
    }

    /**
     * Compare-and-swap: sets the value only if the key's modified index is {@code prevIndex}.
     *
     * @param key the key
     * @param value the new value, not null
     * @param prevIndex the modified index expected, at least 1
     * @return the response, action {@code compareAndSwap}; fails with
     *     {@link CompareFailedException} or {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key or value is null or prevIndex is less than 1
     */
    public CompletableFuture<EtcdV2Response> compareAndSwap(String key, String value, long prevIndex) {
        return set(key, requireValue(value), SetOptions.builder().prevIndex(prevIndex).build());
    }

    /**
     * Resets a key's TTL without changing its value and without notifying watchers
     * ({@code refresh=true&prevExist=true}).
     *
     * @param key the key or directory
     * @param ttlSeconds the new TTL in seconds
     * @param dir true when the node is a directory
     * @return the response, action {@code update}; fails with {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key is null or the TTL is negative
     */
    public CompletableFuture<EtcdV2Response> refresh(String key, long ttlSeconds, boolean dir) {
        return set(key, null, SetOptions.builder().ttl(ttlSeconds).refresh(true).prevExist(true).dir(dir).build());
    }

    /**
     * Creates a directory that must not exist ({@code dir=true&prevExist=false}).
     *
     * @param key the directory
     * @param options TTL; null for none
     * @return the response, action {@code create}; fails with {@link NodeExistsException} or
     *     {@link NotDirectoryException}
     * @throws IllegalArgumentException if key is null
     */
    public CompletableFuture<EtcdV2Response> mkdir(String key, SetOptions options) {
        return set(key, null, base(options).dir(true).prevExist(false).build());
    }

    /**
     * Deletes a key or, with options, a directory; optionally compare-and-delete.
     *
     * @param key the key
     * @param options recursive, dir, prevValue, prevIndex; null for the defaults
     * @return the response, action {@code delete} or {@code compareAndDelete}
     * @throws IllegalArgumentException if key is null
     * @see EtcdV2Client#delete(String, DeleteOptions)
     */
    public CompletableFuture<EtcdV2Response> delete(String key, DeleteOptions options) {
        return keys(Requests.delete(key, options == null ? DeleteOptions.DEFAULT : options));
    }

    /**
     * Removes a directory ({@code dir=true}, plus {@code recursive=true} when asked).
     *
     * @param key the directory
     * @param recursive true to remove it with everything under it
     * @return the response, action {@code delete}; fails with {@link DirectoryNotEmptyException}
     *     (not recursive) or {@link KeyNotFoundException}; a plain key is deleted too (etcd allows it)
     * @throws IllegalArgumentException if key is null
     */
    public CompletableFuture<EtcdV2Response> rmdir(String key, boolean recursive) {
        return delete(key, DeleteOptions.builder().dir(true).recursive(recursive).build());
    }

    /**
     * Compare-and-delete on the value.
     *
     * @param key the key
     * @param prevValue the value expected, not null
     * @return the response, action {@code compareAndDelete}; fails with
     *     {@link CompareFailedException} or {@link KeyNotFoundException}
     * @throws IllegalArgumentException if an argument is null
     */
    public CompletableFuture<EtcdV2Response> compareAndDelete(String key, String prevValue) {
        return delete(key, DeleteOptions.builder().prevValue(require(prevValue, "prevValue")).build());
    }

    /**
     * Compare-and-delete on the modified index.
     *
     * @param key the key
     * @param prevIndex the modified index expected, at least 1
     * @return the response, action {@code compareAndDelete}; fails with
     *     {@link CompareFailedException} or {@link KeyNotFoundException}
     * @throws IllegalArgumentException if key is null or prevIndex is less than 1
     */
    public CompletableFuture<EtcdV2Response> compareAndDelete(String key, long prevIndex) {
        return delete(key, DeleteOptions.builder().prevIndex(prevIndex).build());
    }

    /**
     * Creates an in-order key in a directory ({@code POST}): etcd names it after its created
     * index, zero-padded, so a sorted read lists such keys in creation order.
     *
     * @param dir the directory (created when missing)
     * @param value the value, not null
     * @param options TTL; null for none
     * @return the response, action {@code create}, whose node key is the new key; fails with
     *     {@link NotDirectoryException} when {@code dir} is a key
     * @throws IllegalArgumentException if dir or value is null
     */
    public CompletableFuture<EtcdV2Response> createInOrder(String dir, String value, SetOptions options) {
        return keys(Requests.post(dir, requireValue(value), options == null ? SetOptions.DEFAULT : options));
    }

    /**
     * Waits for a change ({@code wait=true}, long poll), with recovery from a cleared index as
     * the options say.
     *
     * @param key the key or directory
     * @param options waitIndex, recursive, timeout, recovery; null for the defaults
     * @return the change, or the re-read after a cleared index (action {@code get}, node null when
     *     the key does not exist); see
     *     {@link EtcdV2Client#waitFor(String, WaitOptions)} for the failures
     * @throws IllegalArgumentException if key is null
     */
    public CompletableFuture<EtcdV2Response> waitFor(String key, WaitOptions options) {
        WaitOptions o = options == null ? WaitOptions.DEFAULT : options;
        CompletableFuture<EtcdV2Response> wait = keys(Requests.waitFor(key, o));
        if (!o.recoverFromClearedIndex()) {
            return wait;
        }
        return wait.handle((r, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(r);
            }
            if (Futures.unwrap(e) instanceof EventIndexClearedException) {
                return reread(key, o);
            }
            return CompletableFuture.<EtcdV2Response>failedFuture(Futures.unwrap(e));
        }).thenCompose(f -> f);
    }

    /**
     * Starts a continuous watch: waits again and again, each time from the index after the last
     * change, so no change is missed while etcd keeps it; when the watch falls more than etcd's
     * history (1000 events) behind, it reads the key again, gives that read to
     * {@link EtcdV2WatchListener#onResync} and goes on from there. Connection failures and
     * error 400 are retried with backoff (on another member when there is one).
     *
     * @param key the key or directory
     * @param options where to start (waitIndex; none means the next change), recursive, timeout
     *     of each wait; recovery is always on; null for the defaults
     * @param listener receives the changes, on the client's executor
     * @return the running watch; close it to stop
     * @throws IllegalArgumentException if key or listener is null
     */
    public EtcdV2Watch watch(String key, WaitOptions options, EtcdV2WatchListener listener) {
        require(key, "key");
        require(listener, "listener");
        watches.removeIf(EtcdV2Watch::isClosed);
        EtcdV2Watch watch = new WatchLoop(key, options == null ? WaitOptions.DEFAULT : options, listener,
                this::waitFor, executor, transport::isClosed).start();
        watches.add(watch);
        return watch;
    }

    /**
     * Lists the cluster's members ({@code GET /v2/members}).
     *
     * @return the members
     */
    public CompletableFuture<List<EtcdV2Member>> members() {
        return transport.send(Requests.members()).thenApply(Decoder::members);
    }

    /**
     * Adds a member ({@code POST /v2/members}); it still has to be started with the cluster's
     * configuration.
     *
     * @param peerUrls the new member's peer URLs, at least one
     * @return the member as etcd registered it (id set, no name yet); fails with
     *     {@link EtcdV2HttpException} 409 when a peer URL is in use, 400 when one is malformed
     * @throws IllegalArgumentException if peerUrls is null or empty
     */
    public CompletableFuture<EtcdV2Member> addMember(List<String> peerUrls) {
        return transport.send(Requests.addMember(requireUrls(peerUrls))).thenApply(Decoder::member);
    }

    /**
     * Removes a member ({@code DELETE /v2/members/<id>}).
     *
     * @param memberId the member id in hexadecimal, as {@link EtcdV2Member#id()}
     * @return completes when removed; fails with {@link EtcdV2HttpException} 404 for an unknown id
     * @throws IllegalArgumentException if memberId is null or blank
     */
    public CompletableFuture<Void> removeMember(String memberId) {
        return transport.send(Requests.removeMember(requireId(memberId))).thenApply(Decoder::empty);
    }

    /**
     * Changes a member's peer URLs ({@code PUT /v2/members/<id>}).
     *
     * @param memberId the member id in hexadecimal
     * @param peerUrls the new peer URLs, at least one
     * @return completes when changed; fails with {@link EtcdV2HttpException} 404 for an unknown
     *     id, 409 when a URL is in use
     * @throws IllegalArgumentException if an argument is null or empty
     */
    public CompletableFuture<Void> updateMember(String memberId, List<String> peerUrls) {
        return transport.send(Requests.updateMember(requireId(memberId), requireUrls(peerUrls)))
                .thenApply(Decoder::empty);
    }

    /**
     * The current leader ({@code GET /v2/members/leader}).
     *
     * @return the leader; fails with {@link EtcdV2HttpException} 503 when there is none
     */
    public CompletableFuture<EtcdV2Member> leader() {
        return transport.send(Requests.leader()).thenApply(Decoder::member);
    }

    /**
     * The answering member's statistics about itself ({@code GET /v2/stats/self}).
     *
     * @return the statistics
     */
    public CompletableFuture<SelfStats> selfStats() {
        return transport.send(Requests.path("/v2/stats/self")).thenApply(Decoder::selfStats);
    }

    /**
     * The leader's statistics about its followers ({@code GET /v2/stats/leader}).
     *
     * @return the statistics; fails with {@link EtcdV2HttpException} 403 when the answering
     *     member is not the leader
     */
    public CompletableFuture<LeaderStats> leaderStats() {
        return transport.send(Requests.path("/v2/stats/leader")).thenApply(Decoder::leaderStats);
    }

    /**
     * The answering member's v2 store counters ({@code GET /v2/stats/store}).
     *
     * @return the counters
     */
    public CompletableFuture<StoreStats> storeStats() {
        return transport.send(Requests.path("/v2/stats/store")).thenApply(Decoder::storeStats);
    }

    /**
     * The client URLs of the cluster's members ({@code GET /v2/machines}); does not change the
     * client's endpoints (see {@link #sync()}).
     *
     * @return the URLs
     */
    public CompletableFuture<List<String>> machines() {
        return transport.send(Requests.path("/v2/machines")).thenApply(Decoder::machines);
    }

    /**
     * Replaces the client's endpoints with the client URLs {@code /v2/machines} lists (as etcdctl
     * v2 does before each command unless {@code --no-sync}); the configured endpoints stay as a
     * last resort. Done automatically on the first call when the builder's {@code autoSync} is on.
     *
     * @return the URLs now in use
     */
    public CompletableFuture<List<String>> sync() {
        return transport.sync().thenApply(m -> transport.endpoints());
    }

    /**
     * The answering member's versions ({@code GET /version}).
     *
     * @return the versions
     */
    public CompletableFuture<EtcdV2Version> version() {
        return transport.send(Requests.path("/version")).thenApply(Decoder::version);
    }

    /**
     * Whether the answering member reports itself healthy ({@code GET /health}: it has a leader
     * and can commit).
     *
     * @return true when healthy, false when etcd answered unhealthy
     */
    public CompletableFuture<Boolean> health() {
        return transport.send(Requests.path("/health")).thenApply(Decoder::health);
    }

    /**
     * The endpoints in use, the one that answered last first.
     *
     * @return the URLs
     */
    public List<String> endpoints() {
        return transport.endpoints();
    }

    /**
     * The cluster id the members answered with ({@code X-Etcd-Cluster-ID}).
     *
     * @return it in hexadecimal, or null before the first answer
     */
    public String clusterId() {
        return transport.clusterId();
    }

    /** Stops every watch of the client (when it closes). */
    void closeWatches() {
        watches.forEach(EtcdV2Watch::close);
        watches.clear();
    }

    /** The read after a cleared index; a key that does not exist is a read without node. */
    private CompletableFuture<EtcdV2Response> reread(String key, WaitOptions o) {
        return get(key, GetOptions.builder().recursive(o.recursive()).quorum(true).build()).handle((r, e) -> {
            if (e == null) {
                return r;
            }
            RuntimeException failure = Futures.unwrap(e);
            if (failure instanceof KeyNotFoundException missing) {
                return new EtcdV2Response("get", null, null, missing.index(), 0, 0, transport.clusterId());
            }
            throw failure;
        });
    }

    private CompletableFuture<EtcdV2Response> keys(V2Request req) {
        return transport.send(req).thenApply(Decoder::keysResponse);
    }

    private static SetOptions.Builder base(SetOptions options) {
        return options == null ? SetOptions.builder() : options.toBuilder();
    }

    private static String requireValue(String value) {
        return require(value, "value");
    }

    private static <T> T require(T v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return v;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("memberId must not be null or blank");
        }
        return id;
    }

    private static List<String> requireUrls(List<String> urls) {
        if (urls == null || urls.isEmpty() || urls.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("peerUrls must hold at least one URL and no null");
        }
        return urls;
    }
}
