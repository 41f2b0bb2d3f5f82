package io.etcdj.internal;

import io.etcdj.ResponseHeader;

/** etcd's response header as etcdj's value. */
final class Headers {
    private Headers() {
    }

    /**
     * @param h etcd's header
     * @return the same fields as a {@link ResponseHeader}
     */
    static ResponseHeader of(io.etcdj.grpc.ResponseHeader h) {
        return new ResponseHeader(h.getClusterId(), h.getMemberId(), h.getRevision(), h.getRaftTerm());
    }
}
