package org.plasticitylab.internal;

/**
 * Argument checks that fail fast with a message naming the parameter and the value, e.g.
 * {@code doseMgPerKg must be > 0 and finite, was -1.0}. Not part of the public API.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires a finite value strictly above zero.
     *
     * @param name parameter name for the message
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not above zero or not finite
     */
    public static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, was " + value);
        }
        return value;
    }

    /**
     * Requires a finite value.
     *
     * @param name parameter name for the message
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    /**
     * Requires a finite value of zero or more.
     *
     * @param name parameter name for the message
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if the value is negative, NaN or infinite
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + value);
        }
        return value;
    }

    /**
     * Requires a value in the closed interval [low, high].
     *
     * @param name parameter name for the message
     * @param value the value to check
     * @param low smallest value allowed
     * @param high largest value allowed
     * @return {@code value}
     * @throws IllegalArgumentException if the value lies outside [low, high] or is NaN
     */
    public static double inRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + low + ", " + high + "], was " + value);
        }
        return value;
    }

    /**
     * Requires an int of at least {@code min}.
     *
     * @param name parameter name for the message
     * @param value the value to check
     * @param min smallest value allowed
     * @return {@code value}
     * @throws IllegalArgumentException if the value is below {@code min}
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null reference.
     *
     * @param <T> type of the reference
     * @param name parameter name for the message
     * @param value the reference to check
     * @return {@code value}
     * @throws IllegalArgumentException if the value is null
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Requires a non-blank string.
     *
     * @param name parameter name for the message
     * @param value the string to check
     * @return {@code value}
     * @throws IllegalArgumentException if the string is null, empty or only whitespace
     */
    public static String notBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + quote(value));
        }
        return value;
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
