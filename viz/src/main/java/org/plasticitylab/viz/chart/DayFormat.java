package org.plasticitylab.viz.chart;

/** Days as people write them: "42", "42.5". */
public final class DayFormat {
    private DayFormat() {
    }

    /**
     * A day number without a trailing ".0".
     *
     * @param day the day
     * @return e.g. "42" for 42.0, "42.5" for 42.5
     */
    public static String day(double day) {
        return day == Math.rint(day) ? Long.toString((long) day) : Double.toString(day);
    }
}
