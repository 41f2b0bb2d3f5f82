/**
 * Real etcd clusters for tests.
 *
 * <p>{@link io.etcdj.testing.EtcdCluster} starts 1..N etcd members as child processes on free
 * loopback ports, each in its own temporary directory, and offers fault injection per
 * {@link io.etcdj.testing.EtcdMember} (kill, stop, restart, pause, resume).
 * {@link io.etcdj.testing.EtcdClusterExtension} gives JUnit 5 tests a running cluster.
 *
 * <p>{@link io.etcdj.testing.EtcdCluster.Builder#tls(io.etcdj.testing.TlsOptions)} serves
 * clients over TLS with certificates generated at start ({@link io.etcdj.testing.TlsFiles},
 * {@link io.etcdj.testing.CertificateAuthority} for more, including deliberately bad ones);
 * {@link io.etcdj.testing.EtcdCluster.Builder#auth(String)} enables auth with a {@code root}
 * user.
 *
 * <p>The etcd executable is found through the system property {@code etcd.binary}, the
 * environment variable {@code ETCD_BINARY}, {@code etcd} on {@code PATH}, then
 * {@code /usr/bin/etcd} (Debian's {@code etcd-server} package).
 *
 * <p>Classes in {@code io.etcdj.testing.internal} are not part of the API.
 */
package io.etcdj.testing;
