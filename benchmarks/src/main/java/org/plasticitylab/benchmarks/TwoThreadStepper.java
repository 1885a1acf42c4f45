package org.plasticitylab.benchmarks;

import java.util.concurrent.Phaser;

/**
 * Steps a {@link PlasticRateNetwork} on two threads: the calling thread takes the first half of
 * the units, one persistent worker the second half. Three meetings a step: the start (the worker
 * waits for a step to be asked for, so the network is never touched between steps), after the
 * rates (the gather reads every unit's new rate), and the end (every weight and h is new). The
 * worker is created once, not per step; {@link #close()} stops it.
 */
final class TwoThreadStepper implements AutoCloseable {
    private final PlasticRateNetwork network;
    private final int middle;
    private final Phaser meeting = new Phaser(2);
    private final Thread worker;
    /** Written by the worker before the meeting after the rates, read by the caller after it. */
    private double workerRateSum;

    TwoThreadStepper(PlasticRateNetwork network) {
        this.network = network;
        this.middle = network.units() / 2;
        this.worker = new Thread(this::work, "plastic-rate-second-half");
        worker.setDaemon(true);
        worker.start();
    }

    /** One step on both threads; returns the mean rate. */
    double step() {
        meeting.arriveAndAwaitAdvance();
        double rateSum = network.updateRates(0, middle);
        meeting.arriveAndAwaitAdvance();
        rateSum += workerRateSum;
        network.updateSynapses(0, middle);
        meeting.arriveAndAwaitAdvance();
        return rateSum / network.units();
    }

    private void work() {
        int units = network.units();
        while (meeting.arriveAndAwaitAdvance() >= 0) {
            workerRateSum = network.updateRates(middle, units);
            if (meeting.arriveAndAwaitAdvance() < 0) {
                return;
            }
            network.updateSynapses(middle, units);
            meeting.arriveAndAwaitAdvance();
        }
    }

    /** Stops the worker; the network must not be stepped through this stepper afterwards. */
    @Override
    public void close() {
        meeting.forceTermination();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
