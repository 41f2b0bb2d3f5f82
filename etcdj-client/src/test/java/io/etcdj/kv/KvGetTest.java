package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.KeyValue;
import io.etcdj.SharedEtcd;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every read form and option of the inventory, against a real etcd. */
class KvGetTest extends SharedEtcd {
    private long revA;
    private long revC;

    @BeforeEach
    void data() {
        // keys a, b, c under the prefix, written in that order; b is written twice
        revA = etcd.kv().put(p + "a", "3").header().revision();
        etcd.kv().put(p + "b", "1");
        etcd.kv().put(p + "b", "2");
        revC = etcd.kv().put(p + "c", "0").header().revision();
    }

    private static List<String> keys(GetResponse r) {
        return StreamSupport.stream(r.spliterator(), false).map(KeyValue::keyAsString)
                .map(k -> k.substring(k.indexOf('/') + 1)).collect(Collectors.toList());
    }

    @Test
    void oneKey() {
        GetResponse r = etcd.kv().get(p + "b");
        assertThat(r.size()).isEqualTo(1);
        KeyValue kv = r.first().orElseThrow();
        assertThat(kv.keyAsString()).isEqualTo(p + "b");
        assertThat(kv.valueAsString()).isEqualTo("2");
        assertThat(kv.version()).isEqualTo(2);
        assertThat(kv.modRevision()).isGreaterThan(kv.createRevision());
        assertThat(r.header().revision()).isGreaterThanOrEqualTo(revC);
        assertThat(r.header().clusterId()).isNotZero();
        assertThat(etcd.kv().get(p + "missing").first()).isEmpty();
        assertThat(etcd.kv().get((p + "a").getBytes()).get(0).value()).isEqualTo("3".getBytes());
    }

    @Test
    void prefixRangeFromKeyAndAll() {
        assertThat(keys(etcd.kv().get(p, GetOptions.builder().prefix().build()))).containsExactly("a", "b", "c");
        assertThat(keys(etcd.kv().get(p + "a", GetOptions.builder().rangeEnd(p + "c").build()))).containsExactly("a", "b");
        assertThat(keys(etcd.kv().get(p + "b", GetOptions.builder().fromKey().build()))).startsWith("b", "c");
        GetResponse all = etcd.kv().get("", GetOptions.builder().prefix().keysOnly().build());
        assertThat(all.count()).isGreaterThanOrEqualTo(3);
        assertThat(keys(all)).isNotEmpty();
        GetResponse allFromKey = etcd.kv().get("", GetOptions.builder().fromKey().countOnly().build());
        assertThat(allFromKey.count()).isEqualTo(all.count());
    }

    @Test
    void limitMoreAndCount() {
        GetResponse r = etcd.kv().get(p, GetOptions.builder().prefix().limit(2).build());
        assertThat(keys(r)).containsExactly("a", "b");
        assertThat(r.more()).isTrue();
        assertThat(r.count()).isEqualTo(3);
        GetResponse countOnly = etcd.kv().get(p, GetOptions.builder().prefix().countOnly().build());
        assertThat(countOnly.isEmpty()).isTrue();
        assertThat(countOnly.count()).isEqualTo(3);
    }

    @Test
    void pointInTimeRead() {
        GetResponse r = etcd.kv().get(p, GetOptions.builder().prefix().revision(revA).build());
        assertThat(keys(r)).containsExactly("a");
        assertThat(r.header().revision()).isGreaterThanOrEqualTo(revC);
    }

    @Test
    void sortByEveryTargetAndOrder() {
        GetOptions.Builder b = GetOptions.builder().prefix();
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.KEY, SortOrder.DESCEND).build()))).containsExactly("c", "b", "a");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.VALUE, SortOrder.ASCEND).build()))).containsExactly("c", "b", "a");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.VERSION, SortOrder.DESCEND).build()))).first().isEqualTo("b");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.VALUE, SortOrder.DESCEND).build()))).containsExactly("a", "b", "c");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.CREATE, SortOrder.DESCEND).build()))).containsExactly("c", "b", "a");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.MOD, SortOrder.ASCEND).build()))).containsExactly("a", "b", "c");
        assertThat(keys(etcd.kv().get(p, b.sort(SortTarget.KEY, SortOrder.NONE).build()))).containsExactly("a", "b", "c");
    }

    @Test
    void sortOrderNoneSortsAscendingByATargetOtherThanTheKey() {
        // values: a=3, b=2, c=0; key order would be a, b, c
        GetOptions byValue = GetOptions.builder().prefix().sort(SortTarget.VALUE, SortOrder.NONE).build();
        assertThat(keys(etcd.kv().get(p, byValue))).containsExactly("c", "b", "a");
        // with a limit and NONE, etcd 3.4 takes the first limit+1 keys in key order (a, b), sorts
        // those by value (b=2, a=3) and cuts to the limit; ASCEND sorts the whole range first
        GetOptions noneLimit = GetOptions.builder().prefix().sort(SortTarget.VALUE, SortOrder.NONE).limit(1).build();
        assertThat(keys(etcd.kv().get(p, noneLimit))).containsExactly("b");
        GetOptions ascendLimit = GetOptions.builder().prefix().sort(SortTarget.VALUE, SortOrder.ASCEND).limit(1).build();
        assertThat(keys(etcd.kv().get(p, ascendLimit))).containsExactly("c");
        GetOptions byKey = GetOptions.builder().prefix().sort(SortTarget.KEY, SortOrder.NONE).build();
        assertThat(keys(etcd.kv().get(p, byKey))).containsExactly("a", "b", "c");
    }

    @Test
    void serializableKeysOnlyAndRevisionFilters() {
        GetResponse s = etcd.kv().get(p + "a", GetOptions.builder().serializable().build());
        assertThat(s.get(0).valueAsString()).isEqualTo("3");
        GetResponse k = etcd.kv().get(p, GetOptions.builder().prefix().keysOnly().build());
        assertThat(k.size()).isEqualTo(3);
        assertThat(k.get(0).value()).isEmpty();
        KeyValue b = etcd.kv().get(p + "b").get(0);
        assertThat(keys(etcd.kv().get(p, GetOptions.builder().prefix().minCreateRevision(b.createRevision()).build())))
                .containsExactly("b", "c");
        assertThat(keys(etcd.kv().get(p, GetOptions.builder().prefix().maxCreateRevision(b.createRevision()).build())))
                .containsExactly("a", "b");
        assertThat(keys(etcd.kv().get(p, GetOptions.builder().prefix().minModRevision(b.modRevision()).build())))
                .containsExactly("b", "c");
        assertThat(keys(etcd.kv().get(p, GetOptions.builder().prefix().maxModRevision(revA).build())))
                .containsExactly("a");
    }

    @Test
    void bytesAndStringsAreTheSameKeys() {
        byte[] key = (p + "bin").getBytes();
        byte[] value = {0, (byte) 0xff, 7};
        etcd.kv().put(key, value);
        assertThat(etcd.kv().get(key).get(0).value()).isEqualTo(value);
        GetResponse r = etcd.kv().get(p.getBytes(), GetOptions.builder().rangeEnd((p + "b").getBytes()).build());
        assertThat(keys(r)).containsExactly("a");
    }
}
