package org.plasticitylab.cli.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the chart of a one-key sweep shows the varied value x: a label, and x itself or x moved
 * and turned round, {@code offset + sign * x}. Lesson 4 varies the dose day but talks about
 * the delay before therapy: {@code --axis 'delay (days)=56-x'} draws the delay, increasing to
 * the right, instead of {@code treatments[0].days[0]} running the other way.
 *
 * @param label the axis label
 * @param offset added after the sign
 * @param sign 1 or -1
 */
public record SweepAxis(String label, double offset, double sign) {
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern FORM = Pattern.compile("(.+?)=\\s*(?:x|x\\s*([+-])\\s*" + NUMBER
            + "|" + NUMBER + "\\s*([+-])\\s*x)\\s*");

    /**
     * Checks the values.
     *
     * @param label the axis label, not blank
     * @param offset added after the sign, finite
     * @param sign 1 or -1
     * @throws IllegalArgumentException otherwise
     */
    public SweepAxis {
        if (label == null || label.isBlank() || !Double.isFinite(offset)
                || (sign != 1 && sign != -1)) {
            throw new IllegalArgumentException("an axis needs a label, a finite offset and a"
                    + " sign of 1 or -1, was " + label + ", " + offset + ", " + sign);
        }
    }

    /**
     * The varied key itself, as the axis shows it without {@code --axis}.
     *
     * @param key the varied key
     * @return the axis
     */
    public static SweepAxis of(String key) {
        return new SweepAxis(key, 0, 1);
    }

    /**
     * Reads {@code LABEL=x}, {@code LABEL=x+A}, {@code LABEL=x-A}, {@code LABEL=A+x} or
     * {@code LABEL=A-x}.
     *
     * @param text the argument of {@code --axis}
     * @return the axis
     * @throws IllegalArgumentException naming the forms, if it has none of them
     */
    public static SweepAxis parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--axis must look like LABEL=x, LABEL=x-A or"
                    + " LABEL=A-x (A a number), e.g. 'delay (days)=56-x', was '" + text + "'");
        }
        String label = m.group(1).strip();
        if (m.group(2) != null) {
            double a = Double.parseDouble(m.group(3));
            return new SweepAxis(label, m.group(2).equals("+") ? a : -a, 1);
        }
        if (m.group(4) != null) {
            return new SweepAxis(label, Double.parseDouble(m.group(4)),
                    m.group(5).equals("+") ? 1 : -1);
        }
        return new SweepAxis(label, 0, 1);
    }

    /**
     * Where a varied value goes on the axis.
     *
     * @param x the varied value
     * @return {@code offset + sign * x}
     */
    public double apply(double x) {
        return offset + sign * x;
    }
}
