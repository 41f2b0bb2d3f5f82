package io.etcdj.cli.internal;

import java.util.List;

/**
 * cobra's command prefix matching, which etcdctl turns on ({@code cobra.EnablePrefixMatching}):
 * a word that is not a command's name names the command it is a prefix of, when there is exactly
 * one such command; an ambiguous prefix names none.
 */
public final class Prefixes {
    private Prefixes() {
    }

    /**
     * @param typed the word typed
     * @param names the command names at this level
     * @return the name itself, or the only name that starts with {@code typed}, or {@code typed}
     *     unchanged when no name or several do
     */
    public static String resolve(String typed, List<String> names) {
        if (names.contains(typed)) {
            return typed;
        }
        String match = null;
        for (String n : names) {
            if (n.startsWith(typed)) {
                if (match != null) {
                    return typed;
                }
                match = n;
            }
        }
        return match == null ? typed : match;
    }
}
