package org.plasticitylab.metrics;

/**
 * Key outcomes of a run, read off its time series.
 *
 * @param peakPlasticity highest P
 * @param peakPlasticityDay day of that peak
 * @param peakOccupancy highest recorded NMDA occupancy
 * @param densityStart synapse density on day 0
 * @param densityLowest lowest density
 * @param densityLowestDay day of the lowest density
 * @param densityEnd density at the end
 * @param positiveRecallStart positive recall on day 0
 * @param positiveRecallEnd positive recall at the end
 * @param negativeRecallStart negative recall on day 0
 * @param negativeRecallEnd negative recall at the end
 * @param moodIndexStart mood index on day 0
 * @param moodIndexEnd mood index at the end
 * @param endDay the day the series ends
 * @param responseDay first day of a response ({@link Recovery}), NaN without one
 * @param peakImprovement highest improvement {@code f} on a daily probe after the first
 *     treatment, NaN if none follows
 * @param peakImprovementDay day of that peak, NaN if none
 * @param daysImproved daily probes with {@code f >= 0.5} after the first treatment
 * @param relapseDay first day of a relapse, NaN without one
 * @param daysToRelapse relapse day less the day of the last dose before it, NaN without one
 * @param improvementEndOfCourse {@code f} at the end of the induction course (3 days after its
 *     last event), NaN if the run ends before
 * @param improvementEnd {@code f} on the last day
 */
public record Summary(double peakPlasticity, double peakPlasticityDay, double peakOccupancy,
        double densityStart, double densityLowest, double densityLowestDay, double densityEnd,
        double positiveRecallStart, double positiveRecallEnd, double negativeRecallStart,
        double negativeRecallEnd, double moodIndexStart, double moodIndexEnd, double endDay,
        double responseDay, double peakImprovement, double peakImprovementDay,
        double daysImproved, double relapseDay, double daysToRelapse,
        double improvementEndOfCourse, double improvementEnd) {

    /**
     * Whether the run had a response to its treatment.
     *
     * @return true if a response day was found
     */
    public boolean responded() {
        return !Double.isNaN(responseDay);
    }

    /**
     * Reads the outcomes off a series with at least one row.
     *
     * @param series the recorded time series
     * @param course the treatment course that recovery is read against
     * @return the outcomes
     * @throws IllegalArgumentException if the series has no rows
     */
    public static Summary of(TimeSeries series, Course course) {
        if (series.rows() == 0) {
            throw new IllegalArgumentException("series must have at least one row, was empty");
        }
        int peak = argMax(series, Column.PLASTICITY);
        int lowest = argMin(series, Column.SYNAPSE_DENSITY);
        double peakOccupancy = series.value(Column.NMDA_OCCUPANCY, argMax(series,
                Column.NMDA_OCCUPANCY));
        Recovery r = Recovery.of(series, course);
        return new Summary(series.value(Column.PLASTICITY, peak), series.value(Column.DAY, peak),
                peakOccupancy, series.value(Column.SYNAPSE_DENSITY, 0),
                series.value(Column.SYNAPSE_DENSITY, lowest), series.value(Column.DAY, lowest),
                series.last(Column.SYNAPSE_DENSITY), series.value(Column.POSITIVE_RECALL, 0),
                series.last(Column.POSITIVE_RECALL), series.value(Column.NEGATIVE_RECALL, 0),
                series.last(Column.NEGATIVE_RECALL), series.value(Column.MOOD_INDEX, 0),
                series.last(Column.MOOD_INDEX), series.last(Column.DAY), r.responseDay(),
                r.peakImprovement(), r.peakImprovementDay(), r.daysImproved(), r.relapseDay(),
                r.daysToRelapse(), r.improvementEndOfCourse(), r.improvementEnd());
    }

    private static int argMax(TimeSeries s, Column c) {
        int best = 0;
        for (int i = 1; i < s.rows(); i++) {
            if (s.value(c, i) > s.value(c, best)) {
                best = i;
            }
        }
        return best;
    }

    private static int argMin(TimeSeries s, Column c) {
        int best = 0;
        for (int i = 1; i < s.rows(); i++) {
            if (s.value(c, i) < s.value(c, best)) {
                best = i;
            }
        }
        return best;
    }
}
