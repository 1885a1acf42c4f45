package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class StoryNumbersTest {
    private static final Result RUN = Simulation.run(NarrativeTest.SMALL);

    /** The run with its course numbers replaced, to read the words for each case. */
    private static Result withCourse(double responseDay, double relapseDay, double toRelapse,
            double endOfCourse) {
        Summary s = RUN.summary();
        Summary changed = new Summary(s.peakPlasticity(), s.peakPlasticityDay(),
                s.peakOccupancy(), s.densityStart(), s.densityLowest(), s.densityLowestDay(),
                s.densityEnd(), s.positiveRecallStart(), s.positiveRecallEnd(),
                s.negativeRecallStart(), s.negativeRecallEnd(), s.moodIndexStart(),
                s.moodIndexEnd(), s.endDay(), responseDay, 0.75, 5, 6, relapseDay, toRelapse,
                endOfCourse, 0.25);
        return new Result(RUN.scenario(), RUN.series(), changed, true, 0);
    }

    private static List<String> values(Result r) {
        return StoryNumbers.of(r).lines().stream().map(StoryNumbers.Line::value).toList();
    }

    @Test
    void aResponseWithoutRelapseSaysHowLongTheRunStayedWellAfterTheLastDose() {
        assertThat(values(withCourse(3, Double.NaN, Double.NaN, 0.6))).containsExactly(
                "yes, day 3", "0.75, day 5", "6 of 11", "none by day 12", "none in 8 days",
                "0.6, day 7", "0.25, day 12");
    }

    @Test
    void aRelapseGivesItsDayAndTheDaysFromTheLastDose() {
        assertThat(values(withCourse(3, 9, 5, 0.6))).containsSequence("day 9", "5");
    }

    @Test
    void withoutAResponseThereIsNoRelapseToCount() {
        assertThat(values(withCourse(Double.NaN, Double.NaN, Double.NaN, 0.1)))
                .startsWith("no").containsSequence("n/a (no response)", "n/a");
    }

    @Test
    void aRunThatEndsBeforeTheCourseDoesSaysTheEndOfTheCourseWasNotReached() {
        assertThat(values(withCourse(3, Double.NaN, Double.NaN, Double.NaN)))
                .contains("not reached (day 7)");
    }

    @Test
    void theLabelsNameEveryStoryNumberInStoryOrder() {
        assertThat(StoryNumbers.of(RUN).lines()).extracting(StoryNumbers.Line::label)
                .containsExactly("response (f >= 0.5)", "peak improvement",
                        "days improved (f >= 0.5)", "relapse (7 days f < 0.5)",
                        "days to relapse", "improvement, end of course",
                        "improvement, end of run");
        assertThat(StoryNumbers.of(RUN).legend()).isEqualTo("improvement f: 0 = the mood just"
                + " before the first treatment on day 2, 1 = the healthy mood of day 0");
    }

    @Test
    void withoutTreatmentTheRecoveryCountsFromTheChangeOfStressAndHasNoCourse() {
        Result relief = Simulation.run(NarrativeTest.SMALL.toBuilder().clearTreatments()
                .clearTherapy().clearStress().stress(0, 6, 0.8).build());
        StoryNumbers story = StoryNumbers.of(relief);
        assertThat(story.applies()).isTrue();
        assertThat(story.legend()).contains("just before the stress changes on day 6");
        assertThat(values(relief)).contains("n/a (no treatment)");
        Finding recovery = Narrative.explain(relief).findings().stream()
                .filter(f -> f.topic().equals("recovery")).findFirst().orElseThrow();
        assertThat(recovery.text()).doesNotContain("induction course", "first treatment")
                .contains("at the end of the run (day 12)");
    }
}
