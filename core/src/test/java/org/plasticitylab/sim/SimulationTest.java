package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;

class SimulationTest {
    private static Scenario small(long seed) {
        return Scenario.builder("small").days(6).burnInDays(2).seed(seed)
                .network(new NetworkSpec(160, 40)).stress(0, 6, 0.8)
                .treatment(NmdaBlock.standard(2.0)).therapy(new TherapySchedule(2, 1, 3, 2))
                .build();
    }

    @Test
    void sameScenarioAndSeedGiveBitIdenticalSeries() {
        SameBits.assertSameBits(Simulation.run(small(1)).series(), Simulation.run(small(1)).series());
    }

    @Test
    void differentSeedsGiveDifferentSeries() {
        double[] a = Simulation.run(small(1)).series().column(Column.ACTIVITY);
        double[] b = Simulation.run(small(2)).series().column(Column.ACTIVITY);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theThreadCountDoesNotChangeABit() {
        Scenario s = Scenario.builder("big").days(2).burnInDays(0.5)
                .network(new NetworkSpec(800, 60)).stress(0, 2, 0.8)
                .treatment(NmdaBlock.standard(1.0)).build();
        TimeSeries one = Simulation.run(s).series();
        TimeSeries two = Simulation.builder(s).threads(2).build().run().series();
        TimeSeries three = Simulation.builder(s).threads(3).build().run().series();
        SameBits.assertSameBits(one, two);
        SameBits.assertSameBits(one, three);
    }

    @Test
    void recordsEveryStepFromDayZeroByDefault() {
        TimeSeries s = Simulation.run(small(1)).series();
        assertThat(s.rows()).as("every step, and the end of the infusion between two")
                .isEqualTo(6 * 24 * 4 + 1 + 1);
        assertThat(s.value(Column.TIME_H, 0)).isZero();
        assertThat(s.last(Column.DAY)).isEqualTo(6.0);
    }

    @Test
    void sampleEveryHoursCoarsensTheSeries() {
        Scenario s = small(1).toBuilder().sampleEveryHours(24).build();
        TimeSeries series = Simulation.run(s).series();
        assertThat(series.rows()).as("days 0 to 6, and the end of the infusion")
                .isEqualTo(7 + 1);
        assertThat(series.value(Column.DAY, 1)).isEqualTo(1.0);
    }

    @Test
    void listenersSeeEveryStepInOrder() {
        List<Integer> steps = new ArrayList<>();
        Simulation.builder(small(1)).listener(v -> steps.add(v.step())).build().run();
        assertThat(steps).hasSize(6 * 24 * 4);
        assertThat(steps.get(0)).isEqualTo(1);
        assertThat(steps.get(steps.size() - 1)).isEqualTo(6 * 24 * 4);
    }

    @Test
    void probingAndListeningNeverChangeTheRun() {
        Scenario s = small(3);
        TimeSeries plain = Simulation.run(s).series();
        TimeSeries watched = Simulation.builder(s).listener(v -> v.latest(Column.ACTIVITY))
                .build().run().series();
        SameBits.assertSameBits(plain, watched);
    }

    @Test
    void cancelStopsEarlyAndMarksTheResultIncomplete() {
        AtomicReference<Simulation> ref = new AtomicReference<>();
        Simulation sim = Simulation.builder(small(1)).listener(v -> {
            if (v.step() == 10) {
                ref.get().cancel();
            }
        }).build();
        ref.set(sim);
        Result r = sim.run();
        assertThat(r.completed()).isFalse();
        assertThat(r.series().rows()).isEqualTo(11);
    }

    @Test
    void cancelBeforeTheRunStillGivesDayZero() {
        Simulation sim = Simulation.create(small(1));
        sim.cancel();
        Result r = sim.run();
        assertThat(r.completed()).isFalse();
        assertThat(r.series().rows()).isEqualTo(2);
        assertThat(r.summary().endDay()).isEqualTo(small(1).dtHours() / 24);
    }

    @Test
    void aThrowingListenerFailsTheRunWithItsError() {
        Simulation sim = Simulation.builder(small(1)).listener(v -> {
            throw new IllegalStateException("listener broke");
        }).build();
        assertThatThrownBy(sim::run).hasMessage("listener broke");
    }

    @Test
    void aSecondConcurrentRunIsRefused() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Simulation sim = Simulation.builder(small(1)).listener(v -> {
            if (v.step() == 1) {
                inside.countDown();
                await(release);
            }
        }).build();
        Thread first = new Thread(sim::run);
        first.start();
        inside.await();
        assertThatThrownBy(sim::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running");
        release.countDown();
        first.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
