package org.tripartite.engine.synapse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

/**
 * Experiment {@code synapse}: runs a {@link TripartiteSynapse} through on/off schedules and
 * records it on a uniform frame grid. Steps end at every frame and every schedule change, so the
 * recording is exact at the frames. Cost: at most {@link #MAX_FRAMES} + 65 steps of a 9 × 9
 * matrix exponential, a few milliseconds.
 */
public final class SynapseExperiment implements Experiment<SynapseExperimentParams, SynapseTrace> {

    /** Maximum number of recorded steps (frames after the one at time 0). */
    public static final int MAX_FRAMES = 4000;

    @Override
    public String id() {
        return "synapse";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return SynapseExperimentParams.SPECS;
    }

    @Override
    public SynapseExperimentParams parameters(ParameterValues v) {
        SynapseParams synapse = new SynapseParams(v.getDouble("tauNeuronMs"),
                v.getDouble("presentationMs"), v.getDouble("tauWeightS"),
                v.getDouble("tauProcessS"), v.getDouble("tauAstrocyteS"));
        return new SynapseExperimentParams(synapse, v.getIntList("preSchedule"),
                v.getIntList("postSchedule"), v.getInt("durationMs"), v.getDouble("recordStepMs"));
    }

    @Override
    public ParameterValues values(SynapseExperimentParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tauNeuronMs", p.synapse().tauNeuronMs());
        map.put("presentationMs", p.synapse().presentationMs());
        map.put("tauWeightS", p.synapse().tauWeightS());
        map.put("tauProcessS", p.synapse().tauProcessS());
        map.put("tauAstrocyteS", p.synapse().tauAstrocyteS());
        map.put("preSchedule", p.preSchedule());
        map.put("postSchedule", p.postSchedule());
        map.put("durationMs", p.durationMs());
        map.put("recordStepMs", p.recordStepMs());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public SynapseTrace run(SynapseExperimentParams p, RunMonitor monitor) {
        double duration = p.durationMs();
        int steps = (int) Math.min(MAX_FRAMES, Math.ceil(duration / p.recordStepMs() - 1e-9));
        double step = duration / steps;
        int frames = steps + 1;
        double[] time = new double[frames];
        boolean[] preOn = new boolean[frames];
        boolean[] postOn = new boolean[frames];
        double[] pre = new double[frames];
        double[] post = new double[frames];
        double[] weight = new double[frames];
        double[] process = new double[frames];
        double[] calcium = new double[frames];

        TreeSet<Double> changes = new TreeSet<>();
        addChanges(p.preSchedule(), changes);
        addChanges(p.postSchedule(), changes);
        TripartiteSynapse synapse = new TripartiteSynapse(p.synapse());
        for (int frame = 1; frame < frames; frame++) {
            if (frame % 256 == 0) {
                monitor.checkCancelled();
                monitor.progress((double) frame / frames);
            }
            double target = frame == steps ? duration : frame * step;
            // Step to each schedule change before the frame, inputs constant in between.
            Double next = changes.higher(synapse.timeMs());
            while (next != null && next < target) {
                advanceTo(synapse, next, p);
                next = changes.higher(synapse.timeMs());
            }
            boolean lastPre = isOn(p.preSchedule(), synapse.timeMs(), duration);
            boolean lastPost = isOn(p.postSchedule(), synapse.timeMs(), duration);
            advanceTo(synapse, target, p);
            time[frame] = target;
            preOn[frame] = lastPre;
            postOn[frame] = lastPost;
            pre[frame] = synapse.preRate();
            post[frame] = synapse.postRate();
            weight[frame] = synapse.weight();
            process[frame] = synapse.processCalcium();
            calcium[frame] = synapse.astrocyteCalcium();
        }
        preOn[0] = isOn(p.preSchedule(), 0, duration);
        postOn[0] = isOn(p.postSchedule(), 0, duration);
        monitor.progress(1.0);
        return new SynapseTrace(time, preOn, postOn, pre, post, weight, process, calcium);
    }

    private static void advanceTo(TripartiteSynapse synapse, double target,
            SynapseExperimentParams p) {
        double now = synapse.timeMs();
        if (target <= now) {
            return;
        }
        synapse.advance(target - now, isOn(p.preSchedule(), now, p.durationMs()),
                isOn(p.postSchedule(), now, p.durationMs()));
    }

    private static void addChanges(List<Integer> schedule, TreeSet<Double> changes) {
        for (int time : schedule) {
            changes.add((double) time);
        }
    }

    /** Returns whether the schedule is on during the step starting at {@code timeMs}. */
    static boolean isOn(List<Integer> schedule, double timeMs, double durationMs) {
        for (int i = 0; i < schedule.size(); i += 2) {
            double start = schedule.get(i);
            double end = i + 1 < schedule.size() ? schedule.get(i + 1) : durationMs;
            if (start <= timeMs && timeMs < end) {
                return true;
            }
        }
        return false;
    }
}
