package io.etcdj.v2.internal;

import io.etcdj.v2.DeleteOptions;
import io.etcdj.v2.GetOptions;
import io.etcdj.v2.SetOptions;
import io.etcdj.v2.WaitOptions;
import java.util.List;

/** Encodes the client's calls as HTTP requests, as etcd's v2 API document describes them. */
public final class Requests {
    private Requests() {
    }

    /**
     * A read.
     *
     * @param key the key
     * @param o the options
     * @return the request
     */
    public static V2Request get(String key, GetOptions o) {
        return V2Request.get(Encoding.keyPath(key), new Encoding.Params().flag("recursive", o.recursive())
                .flag("sorted", o.sorted()).flag("quorum", o.quorum()).toString());
    }

    /**
     * A wait.
     *
     * @param key the key
     * @param o the options
     * @return the request
     */
    public static V2Request waitFor(String key, WaitOptions o) {
        return V2Request.get(Encoding.keyPath(key), new Encoding.Params().add("wait", "true")
                .add("waitIndex", o.waitIndex()).flag("recursive", o.recursive()).toString())
                .withWaitTimeout(o.timeout());
    }

    /**
     * A PUT.
     *
     * @param key the key
     * @param value the value, or null
     * @param o the options
     * @return the request
     */
    public static V2Request put(String key, String value, SetOptions o) {
        return V2Request.form("PUT", Encoding.keyPath(key), form(value, o));
    }

    /**
     * A POST (in-order key).
     *
     * @param dir the directory
     * @param value the value
     * @param o the options
     * @return the request
     */
    public static V2Request post(String dir, String value, SetOptions o) {
        return V2Request.form("POST", Encoding.keyPath(dir), form(value, o));
    }

    private static String form(String value, SetOptions o) {
        return new Encoding.Params().add("value", value).add("ttl", o.ttl()).add("prevValue", o.prevValue())
                .add("prevIndex", o.prevIndex()).add("prevExist", o.prevExist()).flag("dir", o.dir())
                .flag("refresh", o.refresh()).toString();
    }

    /**
     * A DELETE.
     *
     * @param key the key
     * @param o the options
     * @return the request
     */
    public static V2Request delete(String key, DeleteOptions o) {
        return V2Request.delete(Encoding.keyPath(key), new Encoding.Params().flag("recursive", o.recursive())
                .flag("dir", o.dir()).add("prevValue", o.prevValue()).add("prevIndex", o.prevIndex()).toString());
    }

    /**
     * The member list.
     *
     * @return the request
     */
    public static V2Request members() {
        return V2Request.get("/v2/members", "");
    }

    /**
     * The leader.
     *
     * @return the request
     */
    public static V2Request leader() {
        return V2Request.get("/v2/members/leader", "");
    }

    /**
     * A member add.
     *
     * @param peerUrls the peer URLs
     * @return the request
     */
    public static V2Request addMember(List<String> peerUrls) {
        return V2Request.json("POST", "/v2/members", Decoder.peerUrlsJson(peerUrls));
    }

    /**
     * A member removal.
     *
     * @param id the member id
     * @return the request
     */
    public static V2Request removeMember(String id) {
        return V2Request.delete("/v2/members/" + Encoding.segment(id), "");
    }

    /**
     * A member update.
     *
     * @param id the member id
     * @param peerUrls the peer URLs
     * @return the request
     */
    public static V2Request updateMember(String id, List<String> peerUrls) {
        return V2Request.json("PUT", "/v2/members/" + Encoding.segment(id), Decoder.peerUrlsJson(peerUrls));
    }

    /**
     * A read of another endpoint (stats, machines, version, health).
     *
     * @param path the path
     * @return the request
     */
    public static V2Request path(String path) {
        return V2Request.get(path, "");
    }
}
