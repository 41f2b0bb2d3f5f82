package io.etcdj.internal.http;

/** Which gateway path prefix each etcd release serves its v3 API at. */
final class GatewayVersions {
    private GatewayVersions() {
    }

    /**
     * @param serverVersion etcd's version, as its {@code /version} reports it (for example {@code 3.4.23})
     * @return {@code /v3} for 3.4 and later (and anything unparsable), {@code /v3beta} for 3.3,
     *     {@code /v3alpha} for earlier 3.x releases
     */
    static String prefix(String serverVersion) {
        String[] parts = serverVersion.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("[^0-9].*$", "")) : 0;
            if (major == 3 && minor == 3) {
                return "/v3beta";
            }
            if (major == 3 && minor < 3) {
                return "/v3alpha";
            }
        } catch (NumberFormatException unparsable) {
            // the current prefix
        }
        return "/v3";
    }
}
