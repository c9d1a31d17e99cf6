package org.tripartite.engine.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.features.KernelAttention;
import org.tripartite.engine.features.KernelAttentionResult;
import org.tripartite.engine.features.NormaliserTraceExperiment;
import org.tripartite.engine.features.NormaliserTraceParams;
import org.tripartite.engine.network.AlgebraicNetwork;
import org.tripartite.engine.network.Readout;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;

/**
 * Benchmarks of the engine: a lesson-size network write and read, the normaliser trace at
 * T = 196, d = 64, m = 100 000 (compare with bench/normaliser_trace_numpy.py), and every
 * experiment at its default parameters.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx300m"})
public class EngineBenchmarks {

    /** A lesson-size sequence: T = 32, d = 16, m = 2 048. */
    @State(Scope.Benchmark)
    public static class Lesson {
        TokenSequence sequence;
        FeatureMap map;

        @Setup
        public void setUp() {
            sequence = Sequences.gaussian(32, 16, 16, 1.0, 1);
            map = new FeatureMap(FeatureMapKind.POSITIVE, 16, 2048, 2);
        }
    }

    /** Writes 32 tokens into a fresh network and reads all 32 queries. */
    @Benchmark
    public double lessonWriteRead(Lesson lesson) {
        AlgebraicNetwork network = new AlgebraicNetwork(lesson.map, 16);
        for (int t = 0; t < 32; t++) {
            network.write(lesson.sequence.keys()[t], lesson.sequence.values()[t]);
        }
        double sum = 0;
        for (int t = 0; t < 32; t++) {
            Readout r = network.read(lesson.sequence.queries()[t]);
            sum += r.calcium();
        }
        return sum;
    }

    /** The vocabulary sequence of the normaliser trace. */
    @State(Scope.Benchmark)
    public static class Trace {
        TokenSequence sequence;

        @Setup
        public void setUp() {
            sequence = NormaliserTraceExperiment.sequence(NormaliserTraceParams.defaults());
        }
    }

    /** C(q_t) for all 196 queries at m = 100 000, W drawn inside (as in the experiment). */
    @Benchmark
    public KernelAttentionResult normaliserTraceM100k(Trace trace) {
        return KernelAttention.compute(trace.sequence, FeatureMapKind.POSITIVE, 100_000, 7,
                RunMonitor.NONE);
    }

    /** Computes the same normaliser trace on one thread. */
    @Benchmark
    public KernelAttentionResult normaliserTraceM100kOneThread(Trace trace) {
        return KernelAttention.compute(trace.sequence, FeatureMapKind.POSITIVE, 100_000, 7,
                RunMonitor.NONE, 1);
    }

    /** Every registered experiment at its defaults. */
    @State(Scope.Benchmark)
    public static class Defaults {
        @Param({"attention", "kernel", "feature-sweep", "synapse", "network", "normaliser-trace",
            "knockout", "recall"})
        public String id;
        Experiment<?, ?> experiment;

        @Setup
        public void setUp() {
            experiment = Experiments.byId(id).orElseThrow();
        }
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 2)
    public Object experimentDefaults(Defaults defaults) {
        return defaults.experiment.runWith(Map.of(), RunMonitor.NONE);
    }
}
