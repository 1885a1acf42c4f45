package org.plasticitylab.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plasticitylab.files.Decimals;

/**
 * One {@code --vary KEY=FROM:TO:STEPS}: {@code steps} evenly spaced values from {@code from} to
 * {@code to}, both included, of the scenario value at file path {@code key}.
 *
 * @param key a scenario path such as {@code stress[0].level}
 * @param from first value
 * @param to last value
 * @param steps number of values, at least 1 (1 only when from equals to)
 */
public record Variation(String key, double from, double to, int steps) {
    private static final Pattern SYNTAX = Pattern.compile("([^=]+)=([^:]+):([^:]+):([^:]+)");

    /**
     * Checks the values.
     *
     * @param key a scenario path such as {@code stress[0].level}
     * @param from first value
     * @param to last value
     * @param steps number of values, at least 1 (1 only when from equals to)
     * @throws IllegalArgumentException if {@code key} is blank, {@code from} or {@code to} is not
     *     finite, or {@code steps} is less than 1 (or 1 while from and to differ)
     */
    public Variation {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank, was " + key);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(
                    "FROM and TO must be finite numbers, was " + from + " and " + to);
        }
        if (steps < 1 || steps == 1 && from != to) {
            throw new IllegalArgumentException("STEPS must be >= 2 to go from " + from + " to "
                    + to + " (1 only when they are equal), was " + steps);
        }
    }

    /**
     * Reads {@code KEY=FROM:TO:STEPS}; throws naming the expected form otherwise.
     *
     * @param text the argument of {@code --vary}
     * @return the variation
     * @throws IllegalArgumentException if the text does not have that form or the values are
     *     invalid
     */
    public static Variation parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--vary must look like KEY=FROM:TO:STEPS, e.g."
                    + " stress[0].level=0.2:0.8:4, was '" + text + "'");
        }
        try {
            return new Variation(m.group(1).strip(), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Integer.parseInt(m.group(4).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--vary needs numbers in FROM:TO:STEPS, was '"
                    + text + "'", e);
        }
    }

    /**
     * The values, first to last; the last is exactly {@code to}. Each is rounded as
     * {@link Decimals#file} writes it, so that the value a run uses is the one its label and
     * settings.csv show (0.3, not 0.30000000000000004).
     *
     * @return {@code steps} values
     */
    public List<Double> values() {
        List<Double> values = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            double value = i == steps - 1 ? to : from + (to - from) * i / (steps - 1);
            values.add(Decimals.decimal(value).doubleValue());
        }
        return values;
    }
}
