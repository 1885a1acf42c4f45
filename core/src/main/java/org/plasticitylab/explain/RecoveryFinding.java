package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;

import java.util.Locale;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.metrics.Summary;

/**
 * The clinical course in words: the response and its day, the peak improvement, the days
 * improved, the relapse and the days to it, and the improvement at the end of the induction
 * course and at the end of the run. NaN numbers mean "does not apply" (no response, no
 * relapse, the run ended before the course did).
 */
final class RecoveryFinding {
    private RecoveryFinding() {
    }

    static Finding of(StoryNumbers story) {
        Summary s = story.summary();
        String text = Double.isNaN(s.peakImprovement()) ? String.format(Locale.ROOT,
                "The run ends on day %s, before %s (day %s): there is no recovery to read.",
                num(story.lastDay()), story.start(), num(story.preDay())) : course(story);
        return new Finding("recovery", text, named("pre_day", story.preDay(),
                "healthy_mood", story.healthyMood(), "pre_mood", story.preMood(),
                "responded", s.responded() ? 1 : 0, "response_day", s.responseDay(),
                "response_until_day", story.course().responseUntilHours() / 24,
                "peak_improvement", s.peakImprovement(),
                "peak_improvement_day", s.peakImprovementDay(),
                "days_improved", s.daysImproved(), "probe_days", story.probeDays(),
                "relapsed", story.relapsed() ? 1 : 0, "relapse_day", s.relapseDay(),
                "days_to_relapse", s.daysToRelapse(), "course_end_day", story.courseEndDay(),
                "improvement_end_of_course", s.improvementEndOfCourse(),
                "improvement_end", s.improvementEnd(), "end_day", story.lastDay()));
    }

    private static String course(StoryNumbers story) {
        Summary s = story.summary();
        String ends = !story.treated()
                ? String.format(Locale.ROOT, "f is %s at the end of the run (day %s).",
                        num(s.improvementEnd()), num(story.lastDay()))
                : Double.isNaN(s.improvementEndOfCourse())
                ? String.format(Locale.ROOT, "The run ends before the induction course does (day"
                        + " %s); f is %s at the end of the run (day %s).",
                        num(story.courseEndDay()), num(s.improvementEnd()), num(story.lastDay()))
                : String.format(Locale.ROOT, "f is %s at the end of the induction course (day %s)"
                        + " and %s at the end of the run (day %s).",
                        num(s.improvementEndOfCourse()), num(story.courseEndDay()),
                        num(s.improvementEnd()), num(story.lastDay()));
        return String.format(Locale.ROOT, "Recovery, read on the daily mood index (%s). %s; f"
                        + " peaks at %s on day %s and is %s or more on %s of %s days. %s %s",
                story.legend(), response(story), num(s.peakImprovement()),
                num(s.peakImprovementDay()), num(Recovery.RESPONSE), num(s.daysImproved()),
                num(story.probeDays()), relapse(story), ends);
    }

    private static String response(StoryNumbers story) {
        Summary s = story.summary();
        if (s.responded()) {
            return "A response (f >= " + num(Recovery.RESPONSE) + ") on day "
                    + num(s.responseDay()) + ", " + days(s.responseDay() - story.preDay())
                    + " after " + story.start();
        }
        return "No response: f stays below " + num(Recovery.RESPONSE) + " up to day "
                + num(story.course().responseUntilHours() / 24);
    }

    private static String relapse(StoryNumbers story) {
        Summary s = story.summary();
        if (!s.responded()) {
            return "Without a response there is no relapse to count.";
        }
        if (story.relapsed()) {
            return "It relapses on day " + num(s.relapseDay()) + " (" + Recovery.RELAPSE_PROBES
                    + " daily probes in a row below " + num(Recovery.RESPONSE) + "), "
                    + days(s.daysToRelapse()) + " after " + story.lastEvent() + " before it.";
        }
        return "No relapse by the end (day " + num(story.lastDay()) + "), "
                + days(story.daysWellAfterLastEvent()) + " after " + story.lastEvent() + ".";
    }

    /** "1 day", "16 days". */
    static String days(double n) {
        return num(n) + (num(n).equals("1") ? " day" : " days");
    }
}
