/**
 * etcdctl v2's command set ({@code ETCDCTL_API=2}) over the v2 client of {@code etcdj-v2}:
 * global flags, commands, output formats and exit codes as etcdctl 3.4 has them.
 */
package io.etcdj.cli.v2;
