package org.plasticitylab.files;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number formatter of every label and file, so that nothing shows
 * {@code 57.083333333333336}, {@code 0.30000000000000004} or {@code 2.39E-13}: numbers are
 * written in plain notation (never an exponent), with '.' decimals whatever the locale, rounded
 * to what they mean and without trailing zeros.
 * <ul>
 * <li>{@link #file}: for data files, {@value #FILE_DIGITS} significant digits and at most
 *     {@value #FILE_DECIMALS} decimals, far more than the model's precision;</li>
 * <li>{@link #label}: for people, at most three decimals (or as many as asked for);</li>
 * <li>{@link #day}: a day number, at most two decimals (quarter days stay exact).</li>
 * </ul>
 * NaN and the infinities are written as {@code NaN}, {@code Infinity} and {@code -Infinity};
 * minus zero as {@code 0}.
 */
public final class Decimals {
    /** Significant digits of a number in a file. */
    public static final int FILE_DIGITS = 12;
    /** Most decimals of a number in a file; smaller magnitudes are written as 0. */
    public static final int FILE_DECIMALS = 15;
    private static final MathContext FILE_CONTEXT =
            new MathContext(FILE_DIGITS, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /**
     * A number for a data file: {@code 57.0833333333}, {@code 0.3}, {@code 0.000000000000239},
     * {@code 42}.
     *
     * @param value the number
     * @return its text
     */
    public static String file(double value) {
        return Double.isFinite(value) ? decimal(value).toPlainString() : Double.toString(value);
    }

    /**
     * The number as {@link #file} writes it, for JSON writers that take a decimal.
     *
     * @param value a finite number
     * @return the rounded decimal, without trailing zeros
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        BigDecimal d = new BigDecimal(value).round(FILE_CONTEXT);
        if (d.scale() > FILE_DECIMALS) {
            d = d.setScale(FILE_DECIMALS, RoundingMode.HALF_EVEN);
        }
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    /**
     * A number for a label or a sentence: at most three decimals, {@code 0.5}, {@code 0.213},
     * {@code 42}.
     *
     * @param value the number
     * @return its text
     */
    public static String label(double value) {
        return label(value, 3);
    }

    /**
     * A day for a label: at most two decimals, {@code 57.08}, {@code 42.25}, {@code 42}.
     *
     * @param day the day
     * @return its text
     */
    public static String day(double day) {
        return label(day, 2);
    }

    /**
     * A number for a label with at most {@code decimals} decimals, trailing zeros dropped.
     *
     * @param value the number
     * @param decimals the most decimals, 0 or more
     * @return its text
     */
    public static String label(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
