package org.tripartite.lesson.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.lesson.model.PairMemory;

/**
 * {@code memory.delayEffect}: the number of pairs recalled (mean over the draws of W) after the
 * checkpoint's delay and distractors, compared with a test straight after writing, with the same
 * leaks. Counts within 1e-9 are the same.
 */
final class DelayEffect implements Measure {

    static final List<String> CHOICES = List.of("unchanged", "worse", "better");

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(PairMemory.SPECS, parameters);
        PairMemory memory = new PairMemory(PairMemory.parse(values.getString("pairs")), values.getLong("seed"));
        int m = values.getInt("m");
        double tauSynapse = values.getDouble("tauH");
        double tauProcess = values.getDouble("tauP");
        double straight = sum(memory.accuracyByPosition(m, PairMemory.REPEATS, tauSynapse, tauProcess, 0, 0));
        monitor.progress(0.5);
        double delayed = sum(memory.accuracyByPosition(m, PairMemory.REPEATS, tauSynapse, tauProcess,
                values.getDouble("delay"), values.getInt("distractors")));
        String answer = "better";
        if (Math.abs(delayed - straight) <= 1e-9) {
            answer = "unchanged";
        } else if (delayed < straight) {
            answer = "worse";
        }
        return new Expected.Choices(Set.of(answer), CHOICES);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
