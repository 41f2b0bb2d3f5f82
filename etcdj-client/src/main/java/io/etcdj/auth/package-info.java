/**
 * The auth facet: etcd's {@code Auth} service (enable, disable and status of authentication;
 * users; roles and their key permissions). A client authenticates itself with
 * {@code EtcdClientBuilder.credentials(user, password)}; this facet administers users and roles.
 */
package io.etcdj.auth;
