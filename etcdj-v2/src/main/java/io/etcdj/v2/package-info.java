/**
 * A client for etcd's v2 keys API: {@link io.etcdj.v2.EtcdV2Client} (blocking) and
 * {@link io.etcdj.v2.EtcdV2AsyncClient}, typed exceptions for etcd's v2 error codes, and the
 * values of its answers. Independent of the v3 client.
 */
package io.etcdj.v2;
