package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;
import static org.plasticitylab.explain.Numbers.percent;
import static org.plasticitylab.explain.Numbers.short1;

import java.util.Locale;
import org.plasticitylab.metrics.Summary;

/** Where the run ended against the healthy baseline of day 0, and what that state means. */
final class EndStateFinding {
    /** Positive recall at or above this counts as the positive memory being there. */
    static final double RECALLED = 0.7;
    /** Positive recall below this, with negative recall above {@link #RECALLED}, is lock-in. */
    static final double LOST = 0.5;

    private EndStateFinding() {
    }

    static Finding of(Summary sum) {
        return new Finding("end", String.format(Locale.ROOT,
                "At the end (day %s), against the healthy baseline of day 0: synapse density %s"
                        + " against %s (%s; lowest %s on day %s), positive recall %s against %s,"
                        + " negative recall %s against %s, mood index %s against %s (0-100,"
                        + " higher is better).%s",
                num(sum.endDay()), num(sum.densityEnd()), num(sum.densityStart()),
                percent(sum.densityStart(), sum.densityEnd()), num(sum.densityLowest()),
                short1(sum.densityLowestDay()), num(sum.positiveRecallEnd()),
                num(sum.positiveRecallStart()), num(sum.negativeRecallEnd()),
                num(sum.negativeRecallStart()), num(Math.round(sum.moodIndexEnd())),
                num(Math.round(sum.moodIndexStart())), reading(sum)),
                named("density_start", sum.densityStart(), "density_lowest", sum.densityLowest(),
                        "density_lowest_day", sum.densityLowestDay(),
                        "density_end", sum.densityEnd(),
                        "positive_recall_start", sum.positiveRecallStart(),
                        "positive_recall_end", sum.positiveRecallEnd(),
                        "negative_recall_start", sum.negativeRecallStart(),
                        "negative_recall_end", sum.negativeRecallEnd(),
                        "mood_index_start", sum.moodIndexStart(),
                        "mood_index_end", sum.moodIndexEnd()));
    }

    private static String reading(Summary sum) {
        if (sum.positiveRecallEnd() < LOST && sum.negativeRecallEnd() > RECALLED) {
            return " The network is locked into the negative pattern: the model's rumination and"
                    + " anhedonia.";
        }
        if (sum.positiveRecallEnd() >= RECALLED) {
            return " The positive memory is still there.";
        }
        return "";
    }
}
