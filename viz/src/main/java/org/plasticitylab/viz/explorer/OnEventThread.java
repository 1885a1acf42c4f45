package org.plasticitylab.viz.explorer;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/** Builds a window's object on the event thread, from whichever thread asks. */
final class OnEventThread {
    private OnEventThread() {
    }

    /**
     * The value {@code build} makes, made on the event thread (at once if already on it).
     *
     * @throws IllegalStateException if interrupted while waiting or {@code build} fails
     */
    static <T> T make(Supplier<T> build) {
        if (SwingUtilities.isEventDispatchThread()) {
            return build.get();
        }
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(build.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the explorer", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not open the explorer: "
                    + e.getCause().getMessage(), e.getCause());
        }
        return out.get();
    }
}
