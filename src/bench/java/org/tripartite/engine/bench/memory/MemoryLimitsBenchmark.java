package org.tripartite.engine.bench.memory;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.tripartite.engine.memory.AssociativeMemoryExperiment;
import org.tripartite.engine.memory.AssociativeMemoryParams;
import org.tripartite.engine.memory.AssociativeMemoryResult;
import org.tripartite.engine.memory.CapacityExperiment;
import org.tripartite.engine.memory.CapacityParams;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.run.RunMonitor;

/**
 * Time of the costliest runs the parameter validation accepts, one invocation each, to check
 * that the cost limits keep every allowed run under 30 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class MemoryLimitsBenchmark {

    /** Runs N = 500, K = 50, 1 495 steps (the most the cost limit allows) and 500 energy frames. */
    @Benchmark
    public AssociativeMemoryResult largestMemoryRun() {
        return new AssociativeMemoryExperiment().run(
                new AssociativeMemoryParams("random", 500, 50, 0, 0.1, 1495, 0.05, 5.0, 500, true, 1L),
                RunMonitor.NONE);
    }

    /** Measures quartic couplings at N = 60 with 2 trials and 5 % flips. */
    @Benchmark
    public CapacityResult largestQuarticN() {
        return new CapacityExperiment().run(
                new CapacityParams("quartic", List.of(60), List.of(100), 0.05, 2, 1L), RunMonitor.NONE);
    }

    /** Measures eight quartic values of N = 51 (the most a full list allows), 1 trial, 5 % flips. */
    @Benchmark
    public CapacityResult fullQuarticList() {
        return new CapacityExperiment().run(
                new CapacityParams("quartic", Collections.nCopies(8, 51), List.of(100), 0.05, 1, 1L),
                RunMonitor.NONE);
    }

    /** Measures seven pairwise values of N = 2 000, 1 trial, 5 % flips. */
    @Benchmark
    public CapacityResult fullPairwiseList() {
        return new CapacityExperiment().run(
                new CapacityParams("pairwise", List.of(10), Collections.nCopies(7, 2000), 0.05, 1, 1L),
                RunMonitor.NONE);
    }
}
