package org.tripartite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.run.RunCancelledException;

class SimulationExecutorTest {

    @Test
    void runAndWaitReturnsResult() throws Exception {
        SimulationExecutor executor = new SimulationExecutor(1, 1, 60_000, Duration.ofSeconds(10));

        int answer = executor.runAndWait("answer", monitor -> 6 * 7);
        assertEquals(42, answer);
    }

    @Test
    void runAndWaitRethrowsFailure() {
        SimulationExecutor executor = new SimulationExecutor(1, 1, 60_000, Duration.ofSeconds(10));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> executor.runAndWait("broken", monitor -> {
                    throw new IllegalStateException("broken on purpose");
                }));
        assertEquals("broken on purpose", e.getMessage());
    }

    @Test
    void timeoutCancelsThroughMonitor() throws Exception {
        SimulationExecutor executor = new SimulationExecutor(1, 1, 60_000, Duration.ofMillis(100));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean sawCancellation = new AtomicBoolean();

        RunTimedOutException e = assertThrows(RunTimedOutException.class,
                () -> executor.runAndWait("endless", monitor -> {
                    try {
                        while (true) {
                            monitor.checkCancelled();
                            Thread.sleep(1);
                        }
                    } catch (RunCancelledException cancelled) {
                        sawCancellation.set(true);
                        throw cancelled;
                    } catch (InterruptedException interrupted) {
                        throw new IllegalStateException(interrupted);
                    } finally {
                        stopped.countDown();
                    }
                }));

        assertEquals("endless", e.name());
        assertEquals(Duration.ofMillis(100), e.timeout());
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the run did not stop after its timeout");
        assertTrue(sawCancellation.get());
    }

    @Test
    void zeroQueueRejectsWhenWorkerBusy() throws Exception {
        SimulationExecutor executor = new SimulationExecutor(1, 0, 60_000, Duration.ofSeconds(10));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimulationExecutor.Run<Boolean> blocker = executor.submit("blocker", monitor -> {
            started.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }, null);
        assertTrue(started.await(5, TimeUnit.SECONDS));

        assertThrows(RejectedExecutionException.class, () -> executor.submit("second", monitor -> 1, null));

        release.countDown();
        assertTrue(blocker.result().get(5, TimeUnit.SECONDS));
        // The worker accepts a new run once it waits for one again, shortly after the blocker's result.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Integer third = null;
        while (third == null && System.nanoTime() < deadline) {
            try {
                third = executor.runAndWait("third", monitor -> 1);
            } catch (RejectedExecutionException stillBusy) {
                Thread.sleep(10);
            }
        }
        assertEquals(1, third);
    }

    @Test
    void nonPositiveTimeoutRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SimulationExecutor(1, 1, 60_000, Duration.ZERO));
    }
}
