package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.SessionChange;
import org.plasticitylab.viz.TestRuns;

/**
 * The live explorer's threading rule, without a window (so it runs headless too): the session
 * is stepped and changed only on the model thread, whatever the event thread asks, and the
 * updates arrive on the event thread, at most one waiting at a time.
 */
class LiveDriverTest {
    private static final long TIMEOUT_NANOS = 60_000_000_000L;
    private final Scenario scenario = TestRuns.shortScenario();
    private final List<Boolean> updatesOnEdt = new CopyOnWriteArrayList<>();
    private final AtomicReference<LiveUpdate> latest = new AtomicReference<>();
    private final LiveDriver driver = new LiveDriver(scenario, u -> {
        updatesOnEdt.add(SwingUtilities.isEventDispatchThread());
        latest.set(u);
    });

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(driver::close);
    }

    @Test
    void theSessionRunsOnlyOnTheModelThreadAndTheViewsAreUpdatedOnTheEventThread()
            throws Exception {
        List<Thread> stepThreads = new CopyOnWriteArrayList<>();
        LiveEdits edits = new LiveEdits(driver, scenario);
        AtomicReference<Boolean> scenarioOnEdt = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            edits.stress(0.5);
            // On the session that the stress before day 0 started afresh.
            driver.post(() -> driver.session()
                    .addListener(v -> stepThreads.add(Thread.currentThread())));
            driver.step();
            edits.doseNow();
            edits.stress(0.2);
            driver.speed(40);
            driver.toggle();
        });
        LiveUpdate finished = await(LiveUpdate::finished);
        assertThat(finished.edits().error()).as(finished.edits().message()).isFalse();
        assertThat(finished.edits().beforeStart()).containsExactly("stress 0.5 throughout");
        assertThat(finished.changes()).extracting(SessionChange::description)
                .containsExactly("dose", "stress 0.2 from now");
        SwingUtilities.invokeAndWait(() -> {
            edits.restart(scenario);
            driver.withScenario(s -> scenarioOnEdt.set(SwingUtilities.isEventDispatchThread()));
        });
        assertThat(await(u -> u.run() == 2).edits().message()).startsWith("Restarted");

        Thread model = stepThreads.get(0);
        assertThat(model.getName()).isEqualTo(LiveDriver.THREAD_NAME);
        assertThat(model.isDaemon()).isTrue();
        assertThat(stepThreads).as("threads that stepped the session").containsOnly(model)
                .hasSizeGreaterThan(scenario.steps() / 2);
        assertThat(updatesOnEdt).as("updates on the event thread").isNotEmpty()
                .containsOnly(true);
        awaitTrue(() -> scenarioOnEdt.get() != null);
        assertThat(scenarioOnEdt.get()).as("scenario handed over on the event thread").isTrue();
        SwingUtilities.invokeAndWait(() -> assertThatThrownBy(driver::session)
                .as("the session asked for on the event thread")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("belongs to"));

        SwingUtilities.invokeAndWait(driver::close);
        model.join(TimeUnit.NANOSECONDS.toMillis(TIMEOUT_NANOS));
        assertThat(model.isAlive()).as("model thread alive after close").isFalse();
    }

    @Test
    void updatesMadeWhileTheEventThreadIsBusyWaitAsOneAndTheLatestArrives() throws Exception {
        await(u -> true);
        int steps = scenario.steps() / 2;
        AtomicInteger before = new AtomicInteger();
        SwingUtilities.invokeAndWait(() -> {
            before.set(updatesOnEdt.size());
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < steps; i++) {
                driver.step();
            }
            driver.post(done::countDown);
            try {
                // The event thread stays busy while the model thread takes and publishes them.
                assertThat(done.await(TIMEOUT_NANOS, TimeUnit.NANOSECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        await(u -> u.hours() == steps * scenario.dtHours());
        // One waited while the event thread was busy, one was made afresh after it was taken.
        assertThat(updatesOnEdt.size() - before.get()).as("updates for " + steps + " steps")
                .isBetween(1, 2);
    }

    private LiveUpdate await(Predicate<LiveUpdate> condition) throws Exception {
        awaitTrue(() -> latest.get() != null && condition.test(latest.get()));
        return latest.get();
    }

    private static void awaitTrue(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited in time").isLessThan(deadline);
            Thread.sleep(LiveDriver.TICK_MILLIS);
        }
    }
}
