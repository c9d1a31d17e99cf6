package org.tripartite.run;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;

/**
 * The bounded pool every simulation runs on, so that no request thread and no UI thread computes.
 * When all workers are busy and the queue is full, {@link #submit} rejects the run at once
 * instead of queueing without limit. Runs slower than {@code tripartite.runs.slow-log-ms} are
 * logged.
 */
@Component
public class SimulationExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationExecutor.class);

    private final ThreadPoolExecutor pool;
    private final long slowLogMillis;

    public SimulationExecutor(
            @Value("${tripartite.runs.threads:2}") int threads,
            @Value("${tripartite.runs.queue:16}") int queue,
            @Value("${tripartite.runs.slow-log-ms:2000}") long slowLogMillis) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "simulation-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.slowLogMillis = slowLogMillis;
        LOG.info("Simulation pool: {} threads, queue of {}", threads, queue);
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
