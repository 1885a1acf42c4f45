package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InterruptionTest {
    private final StringWriter said = new StringWriter();
    private final PrintWriter err = new PrintWriter(said);

    @Test
    void theHookCancelsThenWaitsUntilTheFilesAreWritten() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        Interruption interruption = Interruption.onInterrupt(() -> cancelled.set(true), err);
        Thread hook = new Thread(interruption::interrupt);
        hook.start();
        hook.join(200);
        assertThat(cancelled).isTrue();
        assertThat(interruption.happened()).isTrue();
        assertThat(hook.isAlive()).as("waiting for the files").isTrue();
        assertThat(said.toString()).contains("Ctrl-C: stopping at the next step (a burn-in in"
                + " progress finishes first)");
        interruption.close();
        hook.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(hook.isAlive()).isFalse();
    }

    @Test
    void withoutCtrlCNothingHappens() {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Interruption interruption = Interruption.onInterrupt(() -> cancelled.set(true), err)) {
            assertThat(interruption.happened()).isFalse();
        }
        assertThat(cancelled).isFalse();
    }
}
