package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InterruptionTest {
    @Test
    void theHookCancelsThenWaitsUntilTheFilesAreWritten() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        Interruption interruption = Interruption.onInterrupt(() -> cancelled.set(true));
        Thread hook = new Thread(interruption::interrupt);
        hook.start();
        hook.join(200);
        assertThat(cancelled).isTrue();
        assertThat(interruption.happened()).isTrue();
        assertThat(hook.isAlive()).as("waiting for the files").isTrue();
        interruption.close();
        hook.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(hook.isAlive()).isFalse();
    }

    @Test
    void withoutCtrlCNothingHappens() {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Interruption interruption = Interruption.onInterrupt(() -> cancelled.set(true))) {
            assertThat(interruption.happened()).isFalse();
        }
        assertThat(cancelled).isFalse();
    }
}
