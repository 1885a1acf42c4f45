package org.plasticitylab.viz.chart;

/** Days as people write them: "42", "42.5". */
public final class DayFormat {
    private DayFormat() {
    }

    /** A day number without a trailing ".0". */
    public static String day(double day) {
        return day == Math.rint(day) ? Long.toString((long) day) : Double.toString(day);
    }
}
