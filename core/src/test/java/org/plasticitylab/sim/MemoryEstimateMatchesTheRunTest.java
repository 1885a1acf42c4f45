package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.MemoryEstimate;

/**
 * Issue 13, item 4: the memory estimate the commands refuse runs by is the run's real size. A
 * huge sample_every_hours overflowed an int cast in the engine (every step recorded, 193 rows
 * for 2 days where the estimate said 2), so a run the estimate let through ran out of memory.
 */
class MemoryEstimateMatchesTheRunTest {
    private static Scenario twoDays(double sampleEveryHours) {
        return Scenario.builder("sampled").days(2).burnInDays(1).seed(3)
                .network(new NetworkSpec(80, 20)).sampleEveryHours(sampleEveryHours).build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.25, 1, 24, 47, 1e9, 1e12, 1e300})
    void theRecordedRowsAreThoseOfTheEstimate(double sampleEveryHours) {
        Scenario s = twoDays(sampleEveryHours);
        int rows = Simulation.run(s).series().rows();
        assertThat((long) rows).isLessThanOrEqualTo(MemoryEstimate.of(s).samples());
        if (sampleEveryHours >= 48) {
            assertThat(rows).as("day 0 and the last step").isEqualTo(2);
        }
    }

    @Test
    void theEstimateBoundsWhatARunAllocates() {
        Scenario s = Scenario.builder("measured").days(4).burnInDays(1).seed(3)
                .network(new NetworkSpec(2000, 400)).build();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        Simulation simulation = Simulation.create(s);
        simulation.snapshot();
        simulation.snapshot();
        simulation.run();
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long estimate = MemoryEstimate.of(s).withSnapshots(2).bytes();
        assertThat(allocated).as("allocated against the estimate of %d", estimate)
                .isLessThanOrEqualTo(estimate).isGreaterThan(estimate / 2);
    }
}
