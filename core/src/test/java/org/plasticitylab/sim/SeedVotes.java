package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

/**
 * MODEL.md's reading of a target: it holds on the mean over seeds 1-5 and on at least 4 of the 5
 * single seeds (unless the target says otherwise).
 */
final class SeedVotes {
    static final int MOST = 4;

    private SeedVotes() {
    }

    /** One value per run, in seed order. */
    static double[] perSeed(List<Result> runs, ToDoubleFunction<Result> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    /** The mean and at least {@value #MOST} of the single seeds pass {@code ok}. */
    static void onMeanAndMostSeeds(String what, double[] values, DoublePredicate ok) {
        MeasuredValues.note(what, values);
        double mean = Arrays.stream(values).average().orElseThrow();
        long passing = Arrays.stream(values).filter(ok).count();
        assertThat(ok.test(mean)).as(what + ": mean " + mean + " of " + Arrays.toString(values))
                .isTrue();
        assertThat(passing).as(what + ": seeds passing in " + Arrays.toString(values))
                .isGreaterThanOrEqualTo(MOST);
    }

    /** At least {@code count} of the seeds pass. */
    static void onAtLeast(int count, String what, double[] values, DoublePredicate ok) {
        MeasuredValues.note(what, values);
        long passing = Arrays.stream(values).filter(ok).count();
        assertThat(passing).as(what + ": seeds passing in " + Arrays.toString(values))
                .isGreaterThanOrEqualTo(count);
    }
}
