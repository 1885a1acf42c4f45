package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT, also SIGTERM) during a long command: a JVM shutdown hook asks the work to stop
 * at its next step, then holds the JVM open while the command writes what it has, up to
 * {@value #WRITE_WAIT_SECONDS} s. The command {@linkplain #close() closes} this when its files
 * are written, which lets the hook return; the JVM then exits with 130 (128 + SIGINT).
 *
 * <p>No deadlock with {@code System.exit}: the command closes this before {@code main} exits,
 * so the hook never waits for a thread that is itself blocked in {@code System.exit}.
 */
final class Interruption implements AutoCloseable {
    /** Longest the hook waits for the files; atomic writes keep them whole if it gives up. */
    static final long WRITE_WAIT_SECONDS = 30;

    private final Runnable cancel;
    private final PrintWriter err;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook = new Thread(this::interrupt, "plasticity-interrupt");
    private volatile boolean happened;

    private Interruption(Runnable cancel, PrintWriter err) {
        this.cancel = cancel;
        this.err = err;
    }

    /** Calls {@code cancel} on Ctrl-C until closed, saying on {@code err} what happens. */
    static Interruption onInterrupt(Runnable cancel, PrintWriter err) {
        Interruption interruption = new Interruption(cancel, err);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** Whether Ctrl-C came, so that an incomplete result means exit 130. */
    boolean happened() {
        return happened;
    }

    /** What the hook does; tests call it directly instead of sending a signal. */
    void interrupt() {
        happened = true;
        cancel.run();
        err.println();
        err.println("Ctrl-C: stopping at the next step (a burn-in in progress finishes first),"
                + " then writing what there is; waiting up to " + WRITE_WAIT_SECONDS + " s");
        err.flush();
        try {
            if (!written.await(WRITE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                err.println("Gave up waiting after " + WRITE_WAIT_SECONDS + " s; every file"
                        + " written so far is whole, the folder has no " + OutputFolder.MARKER);
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The files are written: stop listening and let a waiting hook return. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; it returns now that the files are written
        }
    }
}
