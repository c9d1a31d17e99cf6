package org.tripartite.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.run.RunMonitor;

/**
 * Times each experiment once at the largest parameters its validation accepts (the cost bound
 * included) and prints the peak heap use. A wall-clock check of the documented cost bounds, not
 * a benchmark: run it with {@code java -Xmx300m -cp target/classes:target/test-classes
 * org.tripartite.engine.bench.LargestRuns [experiment-id]}.
 */
public final class LargestRuns {

    private LargestRuns() {
    }

    static Map<String, Map<String, String>> largest() {
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put("attention", Map.of("text", "mot ".repeat(64), "d", "128"));
        runs.put("kernel", Map.of("d", "128", "tokens", "64", "m", "100000"));
        runs.put("feature-sweep", Map.of("d", "128", "tokens", "256",
                "ms", "100000,100000,100000,100000,100000,100000,100000", "repeats", "1",
                "qkNorm2", "25"));
        runs.put("synapse", Map.of("durationMs", "300000", "recordStepMs", "0.1"));
        runs.put("network", Map.of("text", "mot ".repeat(64), "d", "64", "m", "4096",
                "frames", "4000", "queries", "1,2,3,4,5,6,7,8", "readS", "60",
                "tauSynapseS", "5", "tauProcessS", "5"));
        runs.put("normaliser-trace", Map.of("tokens", "256", "d", "128", "mLow", "100000",
                "mHigh", "100000"));
        runs.put("knockout", Map.of("d", "64", "maxTokens", "1024", "m", "20000"));
        runs.put("recall", Map.of("d", "64",
                "pairCounts", "256,256,256,256,256,256,256,256,256,256,256,256",
                "ms", "20000,8000", "repeats", "1"));
        return runs;
    }

    public static void main(String[] args) {
        for (Map.Entry<String, Map<String, String>> run : largest().entrySet()) {
            if (args.length > 0 && !run.getKey().equals(args[0])) {
                continue;
            }
            long start = System.nanoTime();
            Experiments.byId(run.getKey()).orElseThrow().runWith(run.getValue(), RunMonitor.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-18s %7.2f s  %s%n", run.getKey(), seconds, run.getValue());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap (sum of pool peaks): %.1f MB%n", peak / 1e6);
    }
}
