package io.etcdj.lease;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The leases that exist ({@code LeaseLeasesResponse}). Immutable.
 *
 * @param header the response header
 * @param ids the lease ids
 */
public record LeaseList(ResponseHeader header, List<Long> ids) {
    /**
     * Copies the ids.
     *
     * @param header the response header
     * @param ids the lease ids
     */
    public LeaseList {
        ids = List.copyOf(ids);
    }
}
