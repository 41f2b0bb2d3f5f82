package io.etcdj.v2;

import io.etcdj.v2.internal.Futures;
import io.etcdj.v2.internal.Transport;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A blocking client for etcd's v2 keys API (etcd's "etcd API" document for v2, served by etcd 3.4
 * with {@code --enable-v2}), with the v2 members, stats, machines, version and health endpoints.
 * One client per application, built once and shared; thread-safe; close it when done.
 *
 * <pre>{@code
 * try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints("http://127.0.0.1:2379").build()) {
 *     etcd.set("/config/db", "postgres://db:5432");
 *     String url = etcd.get("/config/db").node().value();
 * }
 * }</pre>
 *
 * <p>Every blocking call is the matching {@link EtcdV2AsyncClient} call awaited: it returns the
 * future's value or throws its exception unwrapped. Each request has the builder's timeout
 * (waits: none unless {@link WaitOptions} gives one). Failures are unchecked {@link EtcdV2Exception}s:
 * a typed subclass per etcd v2 error code, {@link EtcdV2HttpException} for other HTTP errors,
 * {@link EtcdV2ConnectionException} and {@link EtcdV2TimeoutException} when no answer came,
 * {@link ClusterMismatchException} when an endpoint belongs to another cluster. Invalid arguments
 * throw {@link IllegalArgumentException} before anything is sent. The client stays usable after
 * any failure.
 *
 * <p>With several endpoints, a request goes to the member that answered last; when a connection
 * cannot be made it goes to the next one. A read or wait is also sent again when the connection
 * breaks or times out; a write is not (it may have taken effect: {@link EtcdV2Exception#isOutcomeUnknown()}).
 */
public final class EtcdV2Client implements AutoCloseable {
    private final EtcdV2AsyncClient async;
    private final Transport transport;
    private final ExecutorService ownExecutor;

    private EtcdV2Client(EtcdV2AsyncClient async, Transport transport, ExecutorService ownExecutor) {
        this.async = async;
        this.transport = transport;
        this.ownExecutor = ownExecutor;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same client with every call asynchronous.
     *
     * @return the async client, sharing this client's connections
     */
    public EtcdV2AsyncClient async() {
        return async;
    }

    /**
     * Reads a key or a directory (one level): {@code GET /v2/keys/<key>}.
     *
     * @param key the key; {@code /} or empty for the root
     * @return the response, action {@code get}
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response get(String key) {
        return Futures.await(async.get(key));
    }

    /**
     * Reads a key or a directory: {@code GET /v2/keys/<key>?recursive&sorted&quorum}.
     *
     * @param key the key; {@code /} or empty for the root
     * @param options recursive, sorted, quorum; null for the defaults
     * @return the response, action {@code get}
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response get(String key, GetOptions options) {
        return Futures.await(async.get(key, options));
    }

    /**
     * Sets a key's value unconditionally, without TTL: {@code PUT /v2/keys/<key>} with
     * {@code value}.
     *
     * @param key the key
     * @param value the value, not null (may be empty)
     * @return the response, action {@code set}, with the previous node if there was one
     * @throws NotFileException (102) if the key is a directory
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws RootReadOnlyException (107) if the key is {@code /}
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key or value is null
     */
    public EtcdV2Response set(String key, String value) {
        return Futures.await(async.set(key, value));
    }

    /**
     * A write with any options: {@code PUT /v2/keys/<key>} with {@code value}, {@code ttl},
     * {@code prevValue}, {@code prevIndex}, {@code prevExist}, {@code dir}, {@code refresh}.
     *
     * @param key the key
     * @param value the value; null for a directory or a refresh
     * @param options the options; null for the defaults
     * @return the response, action {@code set}, {@code create}, {@code update} or
     *     {@code compareAndSwap}
     * @throws KeyNotFoundException (100) if prevExist=true, prevValue or prevIndex is given and
     *     the key does not exist
     * @throws CompareFailedException (101) if prevValue or prevIndex does not match
     * @throws NotFileException (102) if a value is set on a directory
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws NodeExistsException (105) if prevExist=false and the key exists
     * @throws RootReadOnlyException (107) if the key is {@code /}
     * @throws InvalidRequestException (2xx) if the combination is invalid, for example a refresh
     *     with a value (211) or without TTL (212)
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response set(String key, String value, SetOptions options) {
        return Futures.await(async.set(key, value, options));
    }

    /**
     * Creates a key that must not exist: {@code prevExist=false}.
     *
     * @param key the key
     * @param value the value, not null
     * @return the response, action {@code create}
     * @throws NodeExistsException (105) if the key exists
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key or value is null
     */
    public EtcdV2Response create(String key, String value) {
        return Futures.await(async.create(key, value, null));
    }

    /**
     * Creates a key that must not exist, with options (a TTL): {@code prevExist=false}.
     *
     * @param key the key
     * @param value the value, not null
     * @param options the TTL and any other options; prevExist is set to false; null for none
     * @return the response, action {@code create}
     * @throws NodeExistsException (105) if the key exists
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key or value is null
     */
    public EtcdV2Response create(String key, String value, SetOptions options) {
        return Futures.await(async.create(key, value, options));
    }

    /**
     * Updates a key that must exist: {@code prevExist=true}; without a TTL in the options, the
     * key's TTL is removed.
     *
     * @param key the key
     * @param value the value, not null
     * @param options the TTL; null for none
     * @return the response, action {@code update}, with the previous node
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws NotFileException (102) if the key is a directory
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key or value is null
     */
    public EtcdV2Response update(String key, String value, SetOptions options) {
        return Futures.await(async.update(key, value, options));
    }

    /**
     * Compare-and-swap on the value: {@code prevValue}.
     *
     * @param key the key
     * @param value the new value, not null
     * @param prevValue the value expected, not null
     * @return the response, action {@code compareAndSwap}
     * @throws CompareFailedException (101) if the value differs
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws NotFileException (102) if the key is a directory
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if an argument is null
     */
    public EtcdV2Response compareAndSwap(String key, String value, String prevValue) {
        return Futures.await(async.compareAndSwap(key, value, prevValue));
    }

    /**
     * Compare-and-swap on the modified index: {@code prevIndex}.
     *
     * @param key the key
     * @param value the new value, not null
     * @param prevIndex the modified index expected, at least 1
     * @return the response, action {@code compareAndSwap}
     * @throws CompareFailedException (101) if the index differs
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key or value is null or prevIndex is less than 1
     */
    public EtcdV2Response compareAndSwap(String key, String value, long prevIndex) {
        return Futures.await(async.compareAndSwap(key, value, prevIndex));
    }

    /**
     * Resets a key's TTL, keeping its value, without notifying watchers:
     * {@code refresh=true&prevExist=true&ttl=<ttl>}.
     *
     * @param key the key
     * @param ttlSeconds the new TTL in seconds
     * @return the response, action {@code update}
     * @throws KeyNotFoundException (100) if the key does not exist (or already expired)
     * @throws NotFileException (102) if the key is a directory (use {@link #refreshDir})
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null or ttlSeconds is negative
     */
    public EtcdV2Response refresh(String key, long ttlSeconds) {
        return Futures.await(async.refresh(key, ttlSeconds, false));
    }

    /**
     * Resets a directory's TTL without notifying watchers: {@code dir=true&refresh=true&prevExist=true}.
     *
     * @param key the directory
     * @param ttlSeconds the new TTL in seconds
     * @return the response, action {@code update}
     * @throws KeyNotFoundException (100) if the directory does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null or ttlSeconds is negative
     */
    public EtcdV2Response refreshDir(String key, long ttlSeconds) {
        return Futures.await(async.refresh(key, ttlSeconds, true));
    }

    /**
     * Creates a directory that must not exist: {@code dir=true&prevExist=false}.
     *
     * @param key the directory
     * @return the response, action {@code create}
     * @throws NodeExistsException (105) if the key exists
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response mkdir(String key) {
        return Futures.await(async.mkdir(key, null));
    }

    /**
     * Creates a directory that must not exist, with options (a TTL).
     *
     * @param key the directory
     * @param options the TTL; null for none
     * @return the response, action {@code create}
     * @throws NodeExistsException (105) if the key exists
     * @throws NotDirectoryException (104) if a parent is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response mkdir(String key, SetOptions options) {
        return Futures.await(async.mkdir(key, options));
    }

    /**
     * Deletes one key: {@code DELETE /v2/keys/<key>}.
     *
     * @param key the key
     * @return the response, action {@code delete}, with the previous node
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws NotFileException (102) if the key is a directory
     * @throws RootReadOnlyException (107) if the key is {@code /}
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response delete(String key) {
        return Futures.await(async.delete(key, null));
    }

    /**
     * Deletes with options: {@code DELETE /v2/keys/<key>?recursive&dir&prevValue&prevIndex}.
     *
     * @param key the key
     * @param options the options; null for the defaults
     * @return the response, action {@code delete} or {@code compareAndDelete}
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws CompareFailedException (101) if prevValue or prevIndex does not match
     * @throws NotFileException (102) if the key is a directory and neither dir nor recursive is set
     * @throws RootReadOnlyException (107) if the key is {@code /}
     * @throws DirectoryNotEmptyException (108) if dir is set without recursive and the directory
     *     has children
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response delete(String key, DeleteOptions options) {
        return Futures.await(async.delete(key, options));
    }

    /**
     * Removes an empty directory: {@code dir=true}. A plain key is deleted too (etcd 3.4 allows
     * {@code dir=true} on a key).
     *
     * @param key the directory
     * @return the response, action {@code delete}
     * @throws KeyNotFoundException (100) if it does not exist
     * @throws DirectoryNotEmptyException (108) if it has children
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response rmdir(String key) {
        return Futures.await(async.rmdir(key, false));
    }

    /**
     * Removes a directory, with everything under it when {@code recursive}.
     *
     * @param key the directory
     * @param recursive true to remove the children too
     * @return the response, action {@code delete}
     * @throws KeyNotFoundException (100) if it does not exist
     * @throws DirectoryNotEmptyException (108) if it has children and recursive is false
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response rmdir(String key, boolean recursive) {
        return Futures.await(async.rmdir(key, recursive));
    }

    /**
     * Compare-and-delete on the value: {@code DELETE ...?prevValue=}.
     *
     * @param key the key
     * @param prevValue the value expected, not null
     * @return the response, action {@code compareAndDelete}
     * @throws CompareFailedException (101) if the value differs
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if an argument is null
     */
    public EtcdV2Response compareAndDelete(String key, String prevValue) {
        return Futures.await(async.compareAndDelete(key, prevValue));
    }

    /**
     * Compare-and-delete on the modified index: {@code DELETE ...?prevIndex=}.
     *
     * @param key the key
     * @param prevIndex the modified index expected, at least 1
     * @return the response, action {@code compareAndDelete}
     * @throws CompareFailedException (101) if the index differs
     * @throws KeyNotFoundException (100) if the key does not exist
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if key is null or prevIndex is less than 1
     */
    public EtcdV2Response compareAndDelete(String key, long prevIndex) {
        return Futures.await(async.compareAndDelete(key, prevIndex));
    }

    /**
     * Creates an in-order key in a directory: {@code POST /v2/keys/<dir>}. The new key's name is
     * its created index, zero-padded, so a sorted read gives creation order.
     *
     * @param dir the directory (created when missing)
     * @param value the value, not null
     * @return the response, action {@code create}; its node's key is the new key
     * @throws NotDirectoryException (104) if dir is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if dir or value is null
     */
    public EtcdV2Response createInOrder(String dir, String value) {
        return Futures.await(async.createInOrder(dir, value, null));
    }

    /**
     * Creates an in-order key with options (a TTL).
     *
     * @param dir the directory (created when missing)
     * @param value the value, not null
     * @param options the TTL; null for none
     * @return the response, action {@code create}
     * @throws NotDirectoryException (104) if dir is a key
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if dir or value is null
     */
    public EtcdV2Response createInOrder(String dir, String value, SetOptions options) {
        return Futures.await(async.createInOrder(dir, value, options));
    }

    /**
     * Waits for a change of a key, or of anything under a directory when recursive:
     * {@code GET /v2/keys/<key>?wait=true&waitIndex&recursive} (etcd's long-poll watch). Blocks
     * until a change comes, or the options' timeout runs out.
     *
     * <p>When the waitIndex is older than etcd's history (error 401) and recovery is on (the
     * default), the key is read again and that read is returned (action {@code get}; wait next
     * from its {@link EtcdV2Response#etcdIndex()} + 1); when the key does not exist then, the
     * read has no node ({@link EtcdV2Response#node()} null).
     *
     * @param key the key or directory
     * @param options waitIndex, recursive, timeout, recovery; null for the defaults
     * @return the change (the next at or after waitIndex), or the re-read
     * @throws EventIndexClearedException (401) if the index was cleared and recovery is off
     * @throws WatcherClearedException (400) if the member dropped its watchers (wait again)
     * @throws EtcdV2TimeoutException if the options' timeout ran out
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws IllegalArgumentException if key is null
     */
    public EtcdV2Response waitFor(String key, WaitOptions options) {
        return Futures.await(async.waitFor(key, options));
    }

    /**
     * Starts a continuous watch; see {@link EtcdV2AsyncClient#watch}. Returns at once.
     *
     * @param key the key or directory
     * @param options start index, recursive, timeout of each wait; null for the defaults
     * @param listener receives the changes on the client's executor
     * @return the running watch; close it to stop
     * @throws IllegalArgumentException if key or listener is null
     */
    public EtcdV2Watch watch(String key, WaitOptions options, EtcdV2WatchListener listener) {
        return async.watch(key, options, listener);
    }

    /**
     * Lists the members: {@code GET /v2/members}.
     *
     * @return the members
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public List<EtcdV2Member> members() {
        return Futures.await(async.members());
    }

    /**
     * Adds a member: {@code POST /v2/members}.
     *
     * @param peerUrls the new member's peer URLs, at least one
     * @return the member as registered (its id; no name until it starts)
     * @throws EtcdV2HttpException 409 if a peer URL is in use, 400 if one is malformed, 500 when
     *     the cluster refuses (for example it would lose quorum)
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if peerUrls is null or empty
     */
    public EtcdV2Member addMember(List<String> peerUrls) {
        return Futures.await(async.addMember(peerUrls));
    }

    /**
     * Removes a member: {@code DELETE /v2/members/<id>}.
     *
     * @param memberId the member id in hexadecimal
     * @throws EtcdV2HttpException 404 if there is no such member
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if memberId is null or blank
     */
    public void removeMember(String memberId) {
        Futures.await(async.removeMember(memberId));
    }

    /**
     * Changes a member's peer URLs: {@code PUT /v2/members/<id>}.
     *
     * @param memberId the member id in hexadecimal
     * @param peerUrls the new peer URLs, at least one
     * @throws EtcdV2HttpException 404 if there is no such member, 409 if a URL is in use
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time (the outcome is unknown)
     * @throws IllegalArgumentException if an argument is null or empty
     */
    public void updateMember(String memberId, List<String> peerUrls) {
        Futures.await(async.updateMember(memberId, peerUrls));
    }

    /**
     * The leader: {@code GET /v2/members/leader}.
     *
     * @return the leader
     * @throws EtcdV2HttpException 503 if there is no leader
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public EtcdV2Member leader() {
        return Futures.await(async.leader());
    }

    /**
     * The answering member's own statistics: {@code GET /v2/stats/self}.
     *
     * @return the statistics
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public SelfStats selfStats() {
        return Futures.await(async.selfStats());
    }

    /**
     * The leader's statistics of its followers: {@code GET /v2/stats/leader}.
     *
     * @return the statistics
     * @throws EtcdV2HttpException 403 if the answering member is not the leader
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public LeaderStats leaderStats() {
        return Futures.await(async.leaderStats());
    }

    /**
     * The answering member's store counters: {@code GET /v2/stats/store}.
     *
     * @return the counters
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public StoreStats storeStats() {
        return Futures.await(async.storeStats());
    }

    /**
     * The members' client URLs: {@code GET /v2/machines}.
     *
     * @return the URLs
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public List<String> machines() {
        return Futures.await(async.machines());
    }

    /**
     * Refreshes the client's endpoints from {@code /v2/machines}; see {@link EtcdV2AsyncClient#sync()}.
     *
     * @return the endpoints now in use
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public List<String> sync() {
        return Futures.await(async.sync());
    }

    /**
     * The answering member's versions: {@code GET /version}.
     *
     * @return the versions
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public EtcdV2Version version() {
        return Futures.await(async.version());
    }

    /**
     * Whether the answering member is healthy: {@code GET /health}.
     *
     * @return true when healthy
     * @throws EtcdV2ConnectionException if no member could be reached
     * @throws EtcdV2TimeoutException if no answer came in time
     */
    public boolean health() {
        return Futures.await(async.health());
    }

    /**
     * The endpoints in use, the one that answered last first.
     *
     * @return the URLs
     */
    public List<String> endpoints() {
        return async.endpoints();
    }

    /**
     * Closes the client: calls in flight fail, watches stop (without a call to
     * {@link EtcdV2WatchListener#onError}); the executor the client made is shut down (one given to
     * the builder is not). Idempotent.
     */
    @Override
    public void close() {
        transport.close();
        async.closeWatches();
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    /** Builds an {@link EtcdV2Client}. Not thread-safe; build once. */
    public static final class Builder {
        private final List<URI> endpoints = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(5);
        private Duration connectTimeout = Duration.ofSeconds(2);
        private String user;
        private String password;
        private SSLContext sslContext;
        private ExecutorService executor;
        private boolean autoSync = true;

        private Builder() {
        }

        /**
         * The members' client URLs, {@code http://} or {@code https://}. Required.
         *
         * @param urls one or more URLs, for example {@code http://127.0.0.1:2379}
         * @return this builder
         * @throws IllegalArgumentException if a URL is null, not absolute, or not http or https
         */
        public Builder endpoints(String... urls) {
            return endpoints(List.of(urls));
        }

        /**
         * The members' client URLs, {@code http://} or {@code https://}. Required.
         *
         * @param urls one or more URLs
         * @return this builder
         * @throws IllegalArgumentException if a URL is null, not absolute, or not http or https
         */
        public Builder endpoints(List<String> urls) {
            endpoints.clear();
            for (String u : urls) {
                URI uri;
                try {
                    uri = URI.create(u.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("not a URL: " + u, e);
                }
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException("an endpoint must be an http:// or https:// URL, got " + u);
                }
                endpoints.add(uri);
            }
            return this;
        }

        /**
         * The timeout of each request (a wait has none unless {@link WaitOptions} gives one).
         * Default: 5 seconds.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * The timeout of each connection attempt. Default: 2 seconds.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Basic-auth credentials, for a cluster with v2 authentication on. Default: none.
         *
         * @param user the user; null for none
         * @param password the password
         * @return this builder
         */
        public Builder basicAuth(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /**
         * The TLS context for {@code https://} endpoints (trust store, client certificate).
         * Default: the JVM's default context.
         *
         * @param sslContext the context; null for the default
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Where futures complete and watch listeners run. Default: a cached pool of daemon
         * threads the client owns and shuts down on close.
         *
         * @param executor the executor; null for the default; not shut down by the client
         * @return this builder
         */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Whether the endpoints are replaced by the members' client URLs from {@code /v2/machines}
         * on the first call and after a member could not be reached (as etcdctl v2 does unless
         * {@code --no-sync}). Default: on.
         *
         * @param autoSync false to use only the given endpoints
         * @return this builder
         */
        public Builder autoSync(boolean autoSync) {
            this.autoSync = autoSync;
            return this;
        }

        /**
         * Builds the client. Nothing is sent until the first call.
         *
         * @return the client
         * @throws IllegalStateException if no endpoint was given, or the default TLS context is
         *     not available
         */
        public EtcdV2Client build() {
            if (endpoints.isEmpty()) {
                throw new IllegalStateException("no endpoint given");
            }
            SSLContext ssl = sslContext;
            if (ssl == null) {
                try {
                    ssl = SSLContext.getDefault();
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("no default TLS context", e);
                }
            }
            ExecutorService own = executor == null ? Executors.newCachedThreadPool(daemonThreads()) : null;
            ExecutorService exec = executor == null ? own : executor;
            Transport transport = new Transport(List.copyOf(endpoints), timeout, connectTimeout, user, password, ssl,
                    exec, autoSync);
            return new EtcdV2Client(new EtcdV2AsyncClient(transport, exec), transport, own);
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "etcdj-v2-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
