package io.etcdj.v2.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2Member;
import io.etcdj.v2.EtcdV2Node;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.EtcdV2Version;
import io.etcdj.v2.LeaderStats;
import io.etcdj.v2.SelfStats;
import io.etcdj.v2.StoreStats;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns etcd's JSON answers into the client's values, with Jackson's tree model. */
public final class Decoder {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Decoder() {
    }

    static JsonNode tree(RawResponse r) {
        try {
            return MAPPER.readTree(r.body());
        } catch (Exception e) {
            throw new EtcdV2Exception("etcd at " + r.endpoint() + " answered HTTP " + r.status()
                    + " with a body that is not JSON: " + abbreviate(r.body()), false, e);
        }
    }

    /** A keys-API answer, or the exception its error document stands for. */
    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static EtcdV2Response keysResponse(RawResponse r) {
        if (!r.ok()) {
            throw Errors.fromResponse(r);
        }
        JsonNode json = tree(r);
        if (json == null || !json.isObject() || !json.has("action")) {
            throw new EtcdV2Exception("etcd at " + r.endpoint() + " answered without an action: "
                    + abbreviate(r.body()), false, null);
        }
        return new EtcdV2Response(json.path("action").asText(), node(json.get("node")), node(json.get("prevNode")),
                r.longHeader("X-Etcd-Index"), r.longHeader("X-Raft-Index"), r.longHeader("X-Raft-Term"),
                r.headers().firstValue("X-Etcd-Cluster-Id").orElse(null));
    }

    static EtcdV2Node node(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        List<EtcdV2Node> children = new ArrayList<>();
        JsonNode nodes = n.get("nodes");
        if (nodes != null && nodes.isArray()) {
            for (JsonNode c : nodes) {
                children.add(node(c));
            }
        }
        return new EtcdV2Node(text(n, "key"), text(n, "value"), n.path("dir").asBoolean(false), children,
                n.has("ttl") ? n.get("ttl").asLong() : null, text(n, "expiration"),
                n.path("createdIndex").asLong(), n.path("modifiedIndex").asLong());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static List<EtcdV2Member> members(RawResponse r) {
        ok(r);
        List<EtcdV2Member> list = new ArrayList<>();
        for (JsonNode m : tree(r).path("members")) {
            list.add(member(m));
        }
        return list;
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static EtcdV2Member member(RawResponse r) {
        ok(r);
        return member(tree(r));
    }

    static EtcdV2Member member(JsonNode m) {
        return new EtcdV2Member(text(m, "id"), text(m, "name"), strings(m.get("peerURLs")),
                strings(m.get("clientURLs")));
    }

    private static List<String> strings(JsonNode a) {
        List<String> list = new ArrayList<>();
        if (a != null && a.isArray()) {
            a.forEach(s -> list.add(s.asText()));
        }
        return list;
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static Void empty(RawResponse r) {
        ok(r);
        return null;
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static SelfStats selfStats(RawResponse r) {
        ok(r);
        JsonNode j = tree(r);
        JsonNode li = j.path("leaderInfo");
        return new SelfStats(text(j, "name"), text(j, "id"), text(j, "state"), text(j, "startTime"),
                text(li, "leader"), text(li, "uptime"), j.path("recvAppendRequestCnt").asLong(),
                j.path("sendAppendRequestCnt").asLong(), j.path("recvPkgRate").asDouble(),
                j.path("recvBandwidthRate").asDouble(), j.path("sendPkgRate").asDouble(),
                j.path("sendBandwidthRate").asDouble());
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static LeaderStats leaderStats(RawResponse r) {
        ok(r);
        JsonNode j = tree(r);
        Map<String, LeaderStats.Follower> followers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = j.path("followers").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode l = e.getValue().path("latency");
            JsonNode c = e.getValue().path("counts");
            followers.put(e.getKey(), new LeaderStats.Follower(l.path("current").asDouble(),
                    l.path("average").asDouble(), l.path("standardDeviation").asDouble(),
                    l.path("minimum").asDouble(), l.path("maximum").asDouble(), c.path("fail").asLong(),
                    c.path("success").asLong()));
        }
        return new LeaderStats(text(j, "leader"), followers);
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static StoreStats storeStats(RawResponse r) {
        ok(r);
        Map<String, Long> counters = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = tree(r).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            counters.put(e.getKey(), e.getValue().asLong());
        }
        return new StoreStats(counters);
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static EtcdV2Version version(RawResponse r) {
        ok(r);
        JsonNode j = tree(r);
        return new EtcdV2Version(text(j, "etcdserver"), text(j, "etcdcluster"));
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static boolean health(RawResponse r) {
        // etcd answers 503 with {"health":"false"} when unhealthy
        if (r.status() != 200 && r.status() != 503) {
            throw Errors.fromResponse(r);
        }
        return "true".equals(tree(r).path("health").asText());
    }

    /**
     * Decodes an answer.
     *
     * @param r the answer
     * @return the value
     */
    public static List<String> machines(RawResponse r) {
        ok(r);
        List<String> list = new ArrayList<>();
        for (String s : r.body().split(",")) {
            if (!s.isBlank()) {
                list.add(s.trim());
            }
        }
        return list;
    }

    static String peerUrlsJson(List<String> peerUrls) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode a = o.putArray("peerURLs");
        peerUrls.forEach(a::add);
        return o.toString();
    }

    private static void ok(RawResponse r) {
        if (!r.ok()) {
            throw Errors.fromResponse(r);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}
