package org.plasticitylab.viz.data;

import java.util.Comparator;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.KaplanMeier;
import org.plasticitylab.metrics.Recovery;

/** A cohort's outcomes as JFreeChart series; pure functions. */
public final class CohortData {
    private CohortData() {
    }

    /**
     * The Kaplan-Meier curve as the corners of its steps: 1 from 0, then down at each event,
     * held to {@code endDay}.
     *
     * @param key the series key (the legend)
     * @param km the estimate
     * @param endDay where the curve ends, at or after its last step
     * @return the step curve, points in drawing order (duplicate x values allowed)
     */
    public static XYSeries stepCurve(String key, KaplanMeier km, double endDay) {
        XYSeries s = new XYSeries(key, false, true);
        double level = 1;
        s.add(0, level);
        for (KaplanMeier.Step step : km.steps()) {
            s.add(step.time(), level);
            level = step.survival();
            s.add(step.time(), level);
        }
        s.add(Math.max(endDay, s.getMaxX()), level);
        return s;
    }

    /**
     * One point per distinct censoring time, on the curve.
     *
     * @param key the series key
     * @param km the estimate
     * @return the points where the censor ticks go
     */
    public static XYSeries censorTicks(String key, KaplanMeier km) {
        XYSeries s = new XYSeries(key, true, false);
        for (double t : km.censoredTimes()) {
            s.addOrUpdate(t, km.survivalAt(t));
        }
        return s;
    }

    /**
     * The patients in the order of the outcomes chart, bottom to top: non-responders, then
     * responders by the day their response ended (relapse, or the end of the run for those
     * still well), then by the day it began; ties by index.
     *
     * @param cohort the cohort
     * @return the recoveries in that order
     */
    public static List<Recovery> byTimeWell(CohortResult cohort) {
        double end = cohort.scenario().days();
        return cohort.patients().stream().map(p -> p.recovery())
                .sorted(Comparator.comparing((Recovery r) -> r.responded())
                        .thenComparingDouble(r -> r.relapsed() ? r.relapseDay() : end)
                        .thenComparingDouble(r -> r.responded() ? r.responseDay() : 0))
                .toList();
    }

    /**
     * For each responder, in the order of {@link #byTimeWell}, the days it was well: from its
     * response to its relapse or the end of the run, at x = its row.
     *
     * @param key the series key
     * @param ordered the recoveries in chart order
     * @param endDay the end of the run
     * @return one interval per responder: x the row, y from the response to the end of it
     */
    public static YIntervalSeries wellSpans(String key, List<Recovery> ordered, double endDay) {
        YIntervalSeries s = new YIntervalSeries(key);
        for (int row = 0; row < ordered.size(); row++) {
            Recovery r = ordered.get(row);
            if (r.responded()) {
                double until = r.relapsed() ? r.relapseDay() : endDay;
                s.add(row, r.responseDay(), r.responseDay(), until);
            }
        }
        return s;
    }

    /**
     * The relapse day of each patient who relapsed, at x = its row.
     *
     * @param key the series key
     * @param ordered the recoveries in chart order
     * @return one point per relapse
     */
    public static XYSeries relapses(String key, List<Recovery> ordered) {
        XYSeries s = new XYSeries(key, false, true);
        for (int row = 0; row < ordered.size(); row++) {
            if (ordered.get(row).relapsed()) {
                s.add(row, ordered.get(row).relapseDay());
            }
        }
        return s;
    }
}
