package org.plasticitylab.benchmarks;

import java.util.concurrent.locks.LockSupport;

/**
 * Steps a {@link PlasticRateNetwork} on two threads: the calling thread takes the first half of
 * the units, one persistent worker the second half. Per step, the caller asks for the step (the
 * worker waits for that, so the network is never touched between steps), both compute their
 * rates and each tells the other (the gather reads every unit's new rate), and the worker tells
 * the caller when its synapses are done (every weight and h is new). These are one-way signals,
 * four a step, rather than three full meetings: each waits only on what it needs.
 *
 * <p>A wait spins for {@link #SPIN_NANOS}, then yields the CPU until {@link #WAIT_NANOS}
 * have passed, then parks. The halves take about equally long, so the other thread is usually
 * a few microseconds away, while waking a parked thread takes microseconds to tens of
 * microseconds, which a {@code Phaser} paid at each of three meetings a step, against
 * half-steps of under 100 microseconds at 1e5 synapses. Yielding rather than spinning matters
 * when the machine has more runnable threads than CPUs: the partner may be waiting for this
 * very CPU. Measured on 2 vCPUs with 1e4 synapses (medians, microseconds a step): 12 on an
 * otherwise quiet machine and 30 beside one busy process, against 12 and 130 for a pure 50 us
 * spin and 19 and 80 to 100 for the Phaser. Parking at the end keeps an idle stepper from
 * burning a CPU. The worker is created once, not per step; {@link #close()} stops it.
 */
final class TwoThreadStepper implements AutoCloseable {
    /** How long a wait spins before it starts to yield. */
    static final long SPIN_NANOS = 2_000;
    /** How long a wait spins and yields before it parks. */
    static final long WAIT_NANOS = 50_000;

    private final PlasticRateNetwork network;
    private final int middle;
    private final Thread worker;
    private final Signal requested;
    private final Signal callerRated;
    private final Signal workerRated;
    private final Signal workerDone;
    private volatile boolean closed;
    /** Steps asked for so far; only the calling thread uses it. */
    private long steps;
    /** Written by the worker before it raises {@link #workerRated}, read by the caller after. */
    private double workerRateSum;

    TwoThreadStepper(PlasticRateNetwork network) {
        this(network, WAIT_NANOS);
    }

    /**
     * With waits that spin and yield for {@code waitNanos} (spinning for at most
     * {@link #SPIN_NANOS} of it) before they park; 0 parks at once.
     */
    TwoThreadStepper(PlasticRateNetwork network, long waitNanos) {
        this.network = network;
        this.middle = network.units() / 2;
        this.requested = new Signal(waitNanos);
        this.callerRated = new Signal(waitNanos);
        this.workerRated = new Signal(waitNanos);
        this.workerDone = new Signal(waitNanos);
        this.worker = new Thread(this::work, "plastic-rate-second-half");
        worker.setDaemon(true);
        worker.start();
    }

    /** One step on both threads; returns the mean rate. */
    double step() {
        long step = ++steps;
        requested.raise(step);
        double rateSum = network.updateRates(0, middle);
        callerRated.raise(step);
        workerRated.await(step);
        rateSum += workerRateSum;
        network.updateSynapses(0, middle);
        workerDone.await(step);
        return rateSum / network.units();
    }

    private void work() {
        int units = network.units();
        for (long step = 1; ; step++) {
            requested.await(step);
            if (closed) {
                return;
            }
            workerRateSum = network.updateRates(middle, units);
            workerRated.raise(step);
            callerRated.await(step);
            network.updateSynapses(middle, units);
            workerDone.raise(step);
        }
    }

    /** Stops the worker; the network must not be stepped through this stepper afterwards. */
    @Override
    public void close() {
        closed = true;
        requested.raise(Long.MAX_VALUE);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The last step one thread has reached, which one other thread waits for. The volatile
     * writes and reads order everything the raising thread wrote before it raised before
     * everything the waiting thread reads after its wait returns.
     */
    private static final class Signal {
        private final long waitNanos;
        private volatile long reached;
        private volatile Thread parked;

        Signal(long waitNanos) {
            this.waitNanos = waitNanos;
        }

        void raise(long step) {
            reached = step;
            // the waiter announces itself before its last look at reached, and we look at
            // parked after writing reached, so one of us sees the other: no lost wake-up
            Thread waiter = parked;
            if (waiter != null) {
                LockSupport.unpark(waiter);
            }
        }

        void await(long step) {
            if (reached >= step) {
                return;
            }
            long start = System.nanoTime();
            while (reached < step) {
                long waited = System.nanoTime() - start;
                if (waited >= waitNanos) {
                    parkUntil(step);
                    return;
                }
                if (waited < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }

        private void parkUntil(long step) {
            parked = Thread.currentThread();
            while (reached < step) {
                LockSupport.park(this);
            }
            parked = null;
        }
    }
}
