package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;
import static org.plasticitylab.explain.Numbers.percent;

import java.util.Locale;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.StressPeriod;

/** When stress began and what it did to synapse density and to both memories. */
final class StressFinding {
    /** Days after stress onset at which its effect is read (target 2 of the model). */
    static final double EFFECT_DAYS = 28;

    private StressFinding() {
    }

    static Finding of(StressPeriod p, TimeSeries series) {
        double from = p.fromDay() * 24;
        double to = Math.min(Math.min(p.toDay(), p.fromDay() + EFFECT_DAYS) * 24,
                series.last(Column.TIME_H));
        double densityBefore = series.valueAt(Column.SYNAPSE_DENSITY, from);
        double densityAfter = series.valueAt(Column.SYNAPSE_DENSITY, to);
        double positiveBefore = series.valueAt(Column.POSITIVE_RECALL, from);
        double positiveAfter = series.valueAt(Column.POSITIVE_RECALL, to);
        double negativeAfter = series.valueAt(Column.NEGATIVE_RECALL, to);
        return new Finding("stress", String.format(Locale.ROOT,
                "Stress of %s starts on day %s. By day %s synapse density goes from %s to %s"
                        + " (%s) and positive recall from %s to %s, while negative recall is %s.",
                num(p.level()), num(p.fromDay()), num(Math.round(to / 24)), num(densityBefore),
                num(densityAfter), percent(densityBefore, densityAfter), num(positiveBefore),
                num(positiveAfter), num(negativeAfter)),
                named("level", p.level(), "from_day", p.fromDay(), "effect_day", to / 24,
                        "density_before", densityBefore, "density_after", densityAfter,
                        "positive_recall_before", positiveBefore,
                        "positive_recall_after", positiveAfter,
                        "negative_recall_after", negativeAfter));
    }
}
