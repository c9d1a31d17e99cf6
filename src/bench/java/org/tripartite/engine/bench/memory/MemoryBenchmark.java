package org.tripartite.engine.bench.memory;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tripartite.engine.memory.AssociativeMemory;
import org.tripartite.engine.memory.AssociativeMemoryExperiment;
import org.tripartite.engine.memory.AssociativeMemoryParams;
import org.tripartite.engine.memory.AssociativeMemoryResult;
import org.tripartite.engine.memory.CapacityExperiment;
import org.tripartite.engine.memory.CapacityParams;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.memory.DynamicsSettings;
import org.tripartite.engine.memory.Patterns;
import org.tripartite.engine.memory.TanhImplementation;
import org.tripartite.engine.run.RunMonitor;

/**
 * Time of whole associative-memory runs, each measured as one invocation (single-shot), since a
 * run lasts from a tenth of a second to seconds. The memory is built inside the measured method,
 * so the times include the initial conditions.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
public class MemoryBenchmark {

    /** Runs N = 100, K = 5, 1 000 Euler steps of the full dynamics with the fast tanh. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public int small() {
        return recall(100, 5, 1000, TanhImplementation.FAST);
    }

    /** Runs the same recall with Math.tanh, to show what the fast tanh saves. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public int smallExactTanh() {
        return recall(100, 5, 1000, TanhImplementation.EXACT);
    }

    /** Runs the tutorial setting: N = 500, K = 10, 1 000 steps. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int tutorial() {
        return recall(500, 10, 1000, TanhImplementation.FAST);
    }

    /** Runs the associative-memory experiment with its defaults, which record 200 energy frames. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public AssociativeMemoryResult memoryDefaults() {
        return new AssociativeMemoryExperiment().run(AssociativeMemoryParams.defaults(), RunMonitor.NONE);
    }

    /** Runs the capacity experiment with its defaults. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public CapacityResult capacityDefaults() {
        return new CapacityExperiment().run(CapacityParams.defaults(), RunMonitor.NONE);
    }

    private static int recall(int n, int k, int steps, TanhImplementation tanh) {
        int[][] patterns = Patterns.random(k, n, 1);
        int[] cue = Patterns.corrupt(patterns[0], 0.1, new SplittableRandom(2));
        AssociativeMemory memory = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL.withTanh(tanh));
        memory.advance(steps);
        return memory.distance();
    }
}
