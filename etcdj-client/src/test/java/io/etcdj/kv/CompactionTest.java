package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.SharedEtcd;
import io.etcdj.exception.FutureRevisionException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.RevisionCompactedException;
import org.junit.jupiter.api.Test;

/** Compaction, and reads at compacted and future revisions. */
class CompactionTest extends SharedEtcd {

    @Test
    void compactedRevisionsCanNoLongerBeRead() {
        long old = etcd.kv().put(p + "k", "v1").header().revision();
        long current = etcd.kv().put(p + "k", "v2").header().revision();
        assertThat(etcd.kv().get(p + "k", GetOptions.builder().revision(old).build()).get(0).valueAsString()).isEqualTo("v1");

        CompactResponse c = etcd.kv().compact(current, CompactOptions.builder().physical().build());
        assertThat(c.header().revision()).isGreaterThanOrEqualTo(current);

        assertThatThrownBy(() -> etcd.kv().get(p + "k", GetOptions.builder().revision(old).build()))
                .isInstanceOfSatisfying(RevisionCompactedException.class,
                        e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
        assertThat(etcd.kv().get(p + "k", GetOptions.builder().revision(current).build()).get(0).valueAsString())
                .isEqualTo("v2");
        // compacting again to the same or an older revision is an error, and the client stays usable
        assertThatThrownBy(() -> etcd.kv().compact(old)).isInstanceOf(RevisionCompactedException.class);
        assertThat(etcd.kv().get(p + "k").get(0).valueAsString()).isEqualTo("v2");
    }

    @Test
    void nonPhysicalCompaction() {
        long rev = etcd.kv().put(p + "n", "v").header().revision();
        assertThat(etcd.kv().compact(rev).header().clusterId()).isNotZero();
    }

    @Test
    void idempotentIsAnOptionAndTheCompactionRunsWithIt() {
        assertThat(CompactOptions.DEFAULT.idempotent()).isFalse();
        CompactOptions options = CompactOptions.builder().idempotent().physical().build();
        assertThat(options.idempotent()).isTrue();
        assertThat(options.physical()).isTrue();
        long old = etcd.kv().put(p + "i", "v1").header().revision();
        long rev = etcd.kv().put(p + "i", "v2").header().revision();
        assertThat(etcd.kv().compact(rev, options).header().revision()).isGreaterThanOrEqualTo(rev);
        assertThatThrownBy(() -> etcd.kv().get(p + "i", GetOptions.builder().revision(old).build()))
                .isInstanceOf(RevisionCompactedException.class);
    }

    @Test
    void futureRevisions() {
        long rev = etcd.kv().put(p + "f", "v").header().revision();
        assertThatThrownBy(() -> etcd.kv().get(p + "f", GetOptions.builder().revision(rev + 1000).build()))
                .isInstanceOf(FutureRevisionException.class);
        assertThatThrownBy(() -> etcd.kv().compact(rev + 1000)).isInstanceOf(FutureRevisionException.class);
        assertThat(etcd.kv().get(p + "f").size()).isEqualTo(1);
    }
}
