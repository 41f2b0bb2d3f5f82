package io.etcdj.cli.internal;

import io.etcdj.ResponseHeader;

/** The response header lines of etcdctl's {@code fields} format, for the cluster and maintenance printers. */
final class FieldsHeader {
    private FieldsHeader() {
    }

    static void print(Out out, ResponseHeader h) {
        out.println("\"ClusterID\" : " + Long.toUnsignedString(h.clusterId()));
        out.println("\"MemberID\" : " + Long.toUnsignedString(h.memberId()));
        out.println("\"Revision\" : " + h.revision());
        out.println("\"RaftTerm\" : " + Long.toUnsignedString(h.raftTerm()));
    }
}
