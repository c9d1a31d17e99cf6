package org.tripartite.run;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;

/**
 * The bounded pool every simulation runs on, so that no request thread and no UI thread computes.
 * When all workers are busy and the queue is full, {@link #submit} rejects the run at once
 * instead of queueing without limit. Runs slower than {@code tripartite.runs.slow-log-ms} are
 * logged. {@link #runAndWait} waits at most {@code tripartite.runs.timeout} (default 30 s,
 * counted from submission, so time spent in the queue counts) and then cancels the run.
 */
@Component
public class SimulationExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationExecutor.class);

    private final ThreadPoolExecutor pool;
    private final long slowLogMillis;
    private final Duration timeout;

    /** Creates a pool whose {@link #runAndWait} waits 30 s. */
    public SimulationExecutor(int threads, int queue, long slowLogMillis) {
        this(threads, queue, slowLogMillis, Duration.ofSeconds(30));
    }

    /**
     * Creates the pool; a {@code queue} of 0 means no waiting room: a run is rejected unless a
     * worker is idle.
     */
    @Autowired
    public SimulationExecutor(
            @Value("${tripartite.runs.threads:2}") int threads,
            @Value("${tripartite.runs.queue:16}") int queue,
            @Value("${tripartite.runs.slow-log-ms:2000}") long slowLogMillis,
            @Value("${tripartite.runs.timeout:30s}") Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tripartite.runs.timeout must be positive, got " + timeout);
        }
        AtomicInteger count = new AtomicInteger();
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, waiting,
                runnable -> {
                    Thread thread = new Thread(runnable, "simulation-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.slowLogMillis = slowLogMillis;
        this.timeout = timeout;
        LOG.info("Simulation pool: {} threads, queue of {}, run timeout {} ms", threads, queue,
                timeout.toMillis());
    }

    /** Maximum time {@link #runAndWait} waits for a result. */
    public Duration timeout() {
        return timeout;
    }

    /** Returns the number of workers computing a run right now (an approximation, as in {@link ThreadPoolExecutor#getActiveCount()}). */
    public int activeRuns() {
        return pool.getActiveCount();
    }

    /**
     * Runs {@code task} on the pool and blocks the calling thread until its result, at most
     * {@link #timeout()} after submission. On timeout or interruption the run is cancelled through
     * its {@link RunMonitor}, and its worker is free once the task next checks for cancellation.
     *
     * @param name what runs, for the log (an experiment id)
     * @throws RejectedExecutionException when the pool and its queue are full
     * @throws RunTimedOutException when no result came within the timeout
     * @throws InterruptedException when the calling thread was interrupted while waiting
     */
    public <R> R runAndWait(String name, Function<RunMonitor, R> task) throws InterruptedException {
        Run<R> run = submit(name, task, null);
        try {
            return run.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            run.cancel();
            LOG.warn("Simulation {} timed out after {} ms and was cancelled", name, timeout.toMillis());
            throw new RunTimedOutException(name, timeout);
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        } catch (ExecutionException e) {
            // The worker already logged a failure; rethrow it unchanged for the caller to map.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Simulation " + name + " failed", cause);
        }
    }

    /**
     * Starts {@code task} on the pool.
     *
     * @param name what runs, for the log (an experiment id)
     * @param progress receives the fraction done, from the worker thread
     * @throws RejectedExecutionException when the pool and its queue are full
     */
    public <R> Run<R> submit(String name, Function<RunMonitor, R> task, DoubleConsumer progress) {
        Run<R> run = new Run<>(progress);
        pool.execute(() -> {
            if (run.isCancelled()) {
                run.result.completeExceptionally(new RunCancelledException());
                return;
            }
            long start = System.nanoTime();
            try {
                R value = task.apply(run);
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis >= slowLogMillis) {
                    LOG.info("Slow simulation {} took {} ms", name, millis);
                }
                run.result.complete(value);
            } catch (RunCancelledException e) {
                LOG.debug("Simulation {} cancelled", name);
                run.result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                LOG.error("Simulation {} failed", name, e);
                run.result.completeExceptionally(e);
            }
        });
        return run;
    }

    /** A submitted run: its future result, its progress and its cancellation flag. */
    public static final class Run<R> implements RunMonitor {

        private final CompletableFuture<R> result = new CompletableFuture<>();
        private final DoubleConsumer progressListener;
        private volatile boolean cancelled;

        private Run(DoubleConsumer progressListener) {
            this.progressListener = progressListener;
        }

        public CompletableFuture<R> result() {
            return result;
        }

        /** Asks the run to stop; it completes with a {@link RunCancelledException}. */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void progress(double fractionDone) {
            if (progressListener != null) {
                progressListener.accept(fractionDone);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
