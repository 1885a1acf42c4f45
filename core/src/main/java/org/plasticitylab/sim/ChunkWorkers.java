package org.plasticitylab.sim;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs a per-chunk action over all chunks once per tick, without
 * allocating: the caller's thread and {@code threads - 1} daemon workers meet at a barrier, each
 * takes every {@code threads}-th chunk, and they meet again when done. Chunks are independent,
 * so which thread runs which chunk never changes a result.
 */
final class ChunkWorkers implements AutoCloseable {
    private final int threads;
    private final int chunks;
    private final IntConsumer action;
    private final CyclicBarrier start;
    private final CyclicBarrier done;
    private final Thread[] workers;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    ChunkWorkers(int threads, int chunks, IntConsumer action) {
        this.threads = threads;
        this.chunks = chunks;
        this.action = action;
        this.start = new CyclicBarrier(threads);
        this.done = new CyclicBarrier(threads);
        this.workers = new Thread[threads - 1];
        for (int i = 1; i < threads; i++) {
            int lane = i;
            workers[i - 1] = new Thread(() -> work(lane), "plasticity-step-" + i);
            workers[i - 1].setDaemon(true);
            workers[i - 1].start();
        }
    }

    /** Runs the action on every chunk, the caller's thread taking its share; rethrows failures. */
    void runAll() {
        await(start);
        runLane(0);
        await(done);
        RuntimeException f = failure;
        if (f != null) {
            failure = null;
            throw f;
        }
    }

    private void work(int lane) {
        while (true) {
            try {
                start.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                return;
            }
            if (closed) {
                return;
            }
            runLane(lane);
            try {
                done.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                return;
            }
        }
    }

    private void runLane(int lane) {
        try {
            for (int chunk = lane; chunk < chunks; chunk += threads) {
                action.accept(chunk);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stepping", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a stepping thread stopped", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (Thread w : workers) {
                w.interrupt();
            }
        }
    }
}
