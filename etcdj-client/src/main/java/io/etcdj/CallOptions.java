package io.etcdj;

import java.time.Duration;

/**
 * What every per-call options value carries: the call's own deadline.
 *
 * <p>Implemented by the options types of each facet ({@code GetOptions}, {@code PutOptions}, ...).
 */
public interface CallOptions {
    /**
     * @return how long the call may take in all, retries included; {@code null} means the client's
     *     default request timeout ({@link EtcdClientBuilder#requestTimeout(Duration)})
     */
    Duration timeout();
}
