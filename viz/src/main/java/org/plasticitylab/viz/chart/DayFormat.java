package org.plasticitylab.viz.chart;

import org.plasticitylab.files.Decimals;

/** Days as people write them: "42", "42.5", never "57.083333333333336". */
public final class DayFormat {
    private DayFormat() {
    }

    /**
     * A day number without a trailing ".0".
     *
     * @param day the day
     * @return e.g. "42" for 42.0, "42.5" for 42.5, "57.08" for 57.083333333333336
     */
    public static String day(double day) {
        return Decimals.day(day);
    }
}
