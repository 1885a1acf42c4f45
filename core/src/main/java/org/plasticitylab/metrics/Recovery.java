package org.plasticitylab.metrics;

/**
 * The clinical time course of a run, read on the daily probes of the mood index as MODEL.md
 * defines it: improvement {@code f(t) = (mood(t) - pre) / (healthy - pre)} (0 = as before
 * treatment, 1 = healthy), a <em>response</em> ({@code f >= 0.5} on a daily probe between the
 * first treatment and 3 days after the induction course), and a <em>relapse</em> (after a
 * response, the first day of 7 daily probes in a row with {@code f < 0.5}).
 *
 * @param healthyMood mood index on day 0
 * @param preMood mood index just before the first treatment (or the change of stress)
 * @param responded whether a response came inside the response window
 * @param responseDay first day with {@code f >= 0.5} in that window, NaN without a response
 * @param peakImprovement highest {@code f} on a daily probe after the first treatment
 * @param peakImprovementDay day of that peak (the first one), NaN if no probe follows
 * @param daysImproved daily probes with {@code f >= 0.5} after the first treatment
 * @param relapseDay first day of the relapse, NaN if there was none (or no response)
 * @param daysToRelapse relapse day minus the day of the last dose (or session) before it, NaN
 *     without a relapse
 * @param improvementEndOfCourse {@code f} at the end of the induction course (3 days after its
 *     last event), NaN if the run ends before it
 * @param improvementEnd {@code f} on the last day of the run
 */
public record Recovery(double healthyMood, double preMood, boolean responded, double responseDay,
        double peakImprovement, double peakImprovementDay, int daysImproved, double relapseDay,
        double daysToRelapse, double improvementEndOfCourse, double improvementEnd) {
    /** Improvement that counts as a response, and below which a relapse is counted. */
    public static final double RESPONSE = 0.5;
    /** Daily probes in a row below {@link #RESPONSE} that make a relapse. */
    public static final int RELAPSE_PROBES = 7;

    /**
     * Whether the run relapsed after its response.
     *
     * @return true if a relapse day was found
     */
    public boolean relapsed() {
        return !Double.isNaN(relapseDay);
    }

    /**
     * Reads the course of a run off its series.
     *
     * @param series the recorded series, starting on day 0
     * @param course the treatment course of the run's scenario
     * @return the recovery figures
     */
    public static Recovery of(TimeSeries series, Course course) {
        Improvement f = Improvement.of(series, course.preHours());
        int firstDay = (int) Math.ceil(course.preHours() / 24);
        int lastDay = f.lastDay();
        double responseDay = Double.NaN;
        for (int d = firstDay; d <= Math.min(lastDay, course.responseUntilHours() / 24); d++) {
            if (f.at(d) >= RESPONSE) {
                responseDay = d;
                break;
            }
        }
        double peak = Double.NEGATIVE_INFINITY;
        double peakDay = Double.NaN;
        int improved = 0;
        for (int d = firstDay; d <= lastDay; d++) {
            if (f.at(d) > peak) {
                peak = f.at(d);
                peakDay = d;
            }
            improved += f.at(d) >= RESPONSE ? 1 : 0;
        }
        double relapseDay = Double.isNaN(responseDay) ? Double.NaN
                : firstRelapse(f, (int) responseDay, lastDay);
        double toRelapse = Double.isNaN(relapseDay) ? Double.NaN
                : relapseDay - course.lastEventAtOrBefore(relapseDay * 24) / 24;
        double courseEnd = course.courseEndHours() / 24;
        return new Recovery(f.healthy(), f.pre(), !Double.isNaN(responseDay), responseDay,
                Double.isNaN(peakDay) ? Double.NaN : peak, peakDay, improved, relapseDay,
                toRelapse, courseEnd <= lastDay ? f.atHours(course.courseEndHours()) : Double.NaN,
                f.at(lastDay));
    }

    private static double firstRelapse(Improvement f, int from, int lastDay) {
        int below = 0;
        for (int d = from; d <= lastDay; d++) {
            below = f.at(d) < RESPONSE ? below + 1 : 0;
            if (below == RELAPSE_PROBES) {
                return d - RELAPSE_PROBES + 1;
            }
        }
        return Double.NaN;
    }
}
