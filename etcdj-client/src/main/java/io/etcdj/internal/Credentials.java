package io.etcdj.internal;

/**
 * A user name and password for etcd's Authenticate RPC.
 *
 * @param user the user name; not empty
 * @param password the password; may be empty
 */
public record Credentials(String user, String password) {
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
