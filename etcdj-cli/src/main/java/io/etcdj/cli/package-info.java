/**
 * etcdj's command line ({@code bin/etcdj}): etcdctl v3's key-value commands with etcdctl's flags,
 * output formats, messages and exit codes, built on etcdj's blocking API; plus {@code dev}, a
 * throwaway local etcd, and {@code tour}, a narrated tour of the library. The entry point is
 * {@link io.etcdj.cli.Main}.
 */
package io.etcdj.cli;
