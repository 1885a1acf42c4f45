package org.plasticitylab.scenario.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Naming between Java (camelCase) and files (snake_case), and did-you-mean suggestions. */
public final class Keys {
    private static final Pattern CAMEL_WORD = Pattern.compile("\\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*");
    private static final Pattern UPPER = Pattern.compile("([A-Z])");

    private Keys() {
    }

    /**
     * A camelCase name in snake_case: {@code tauBoostHours} to {@code tau_boost_hours}.
     *
     * @param camel the camelCase name
     * @return the snake_case name
     */
    public static String snake(String camel) {
        return UPPER.matcher(camel).replaceAll("_$1").toLowerCase(Locale.ROOT);
    }

    /** Every camelCase word of a message in snake_case, so messages speak in file keys. */
    static String snakeWords(String message) {
        Matcher m = CAMEL_WORD.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(snake(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The known name closest to {@code given} by edit distance, if it is a plausible typo: at
     * most a third of its length away (at least 2 edits allowed), or a shortening of it.
     * Case is ignored.
     *
     * @param given the name as written, e.g. a mistyped key
     * @param known the valid names
     * @return the closest plausible known name, or empty if none is close enough
     */
    public static Optional<String> closest(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            String candidate = k.toLowerCase(Locale.ROOT);
            int d = levenshtein(g, candidate);
            boolean plausible = d <= Math.max(2, candidate.length() / 3)
                    || g.length() >= 3 && candidate.startsWith(g);
            if (plausible && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "unknown key "x"; did you mean "y"?" or, without a close match, the list of keys. */
    static String unknown(String what, String given, Collection<String> known) {
        return closest(given, known)
                .map(k -> "unknown " + what + " \"" + given + "\"; did you mean \"" + k + "\"?")
                .orElse("unknown " + what + " \"" + given + "\"; known: "
                        + String.join(", ", known));
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
