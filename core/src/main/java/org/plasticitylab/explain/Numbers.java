package org.plasticitylab.explain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.plasticitylab.files.Decimals;

/** Formatting of numbers for people, and the named numbers a finding carries for tools. */
final class Numbers {
    private Numbers() {
    }

    /** Up to three decimals, trailing zeros dropped: 0.5, 0.213, 42. */
    static String num(double value) {
        return Decimals.label(value);
    }

    /** Up to one decimal: days and ratios read better short. */
    static String short1(double value) {
        return Decimals.label(value, 1);
    }

    /** The signed change in percent, "-47 %", or "n/a" from zero. */
    static String percent(double from, double to) {
        return from == 0 ? "n/a" : String.format(Locale.ROOT, "%+.0f %%", 100 * (to - from) / from);
    }

    /** A signed difference, "+0.91". */
    static String signed(double difference) {
        return (difference >= 0 ? "+" : "-") + num(Math.abs(difference));
    }

    /** Name-value pairs in the order given, so that JSON output is stable. */
    static Map<String, Double> named(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return map;
    }
}
