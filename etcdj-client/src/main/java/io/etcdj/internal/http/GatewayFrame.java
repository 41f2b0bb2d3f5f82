package io.etcdj.internal.http;

/**
 * One object of a gateway stream: etcd's gateway wraps each stream message as
 * {@code {"result": <message>}} and a failure as {@code {"error": {"grpc_code": .., "message": ..}}}.
 *
 * @param name the object's member name ({@code result} or {@code error})
 * @param value the member's value, as JSON text
 */
record GatewayFrame(String name, String value) {
    /**
     * @param object the JSON text of one object, as {@link JsonFrames} gives it
     * @return its first member
     * @throws IllegalArgumentException when it has none
     */
    static GatewayFrame of(String object) {
        int i = skipSpace(object, 1);
        if (i >= object.length() || object.charAt(i) != '"') {
            throw new IllegalArgumentException("a gateway stream object without members: " + abbreviate(object));
        }
        int nameEnd = endOfString(object, i);
        String name = object.substring(i + 1, nameEnd - 1);
        i = skipSpace(object, nameEnd);
        if (i >= object.length() || object.charAt(i) != ':') {
            throw new IllegalArgumentException("malformed gateway stream object: " + abbreviate(object));
        }
        int start = skipSpace(object, i + 1);
        return new GatewayFrame(name, object.substring(start, endOfValue(object, start)));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the index after the closing quote of the string starting at {@code i} */
    private static int endOfString(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j + 1;
            }
        }
        throw new IllegalArgumentException("unterminated string in gateway stream object: " + abbreviate(s));
    }

    /** @return the index after the JSON value starting at {@code i} */
    private static int endOfValue(String s, int i) {
        if (i >= s.length()) {
            throw new IllegalArgumentException("missing value in gateway stream object: " + abbreviate(s));
        }
        char c = s.charAt(i);
        if (c == '"') {
            return endOfString(s, i);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '"') {
                    j = endOfString(s, j) - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return j + 1;
                }
            }
            throw new IllegalArgumentException("unterminated value in gateway stream object: " + abbreviate(s));
        }
        int j = i;
        while (j < s.length() && ",}] \n\r\t".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
