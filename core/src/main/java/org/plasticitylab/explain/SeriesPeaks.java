package org.plasticitylab.explain;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** Highest value of a column within a time window of a series. */
final class SeriesPeaks {
    private SeriesPeaks() {
    }

    /** The peak within [fromHours, toHours); the value at fromHours if no row falls inside. */
    static Peak max(TimeSeries s, Column c, double fromHours, double toHours) {
        int first = Math.min(s.rowAtOrAfter(fromHours), s.rows() - 1);
        int best = first;
        for (int i = first; i < s.rows() && s.value(Column.TIME_H, i) < toHours; i++) {
            if (s.value(c, i) > s.value(c, best)) {
                best = i;
            }
        }
        return new Peak(s.value(c, best), s.value(Column.DAY, best));
    }

    /** A value and the day it was reached. */
    record Peak(double value, double day) {
    }
}
