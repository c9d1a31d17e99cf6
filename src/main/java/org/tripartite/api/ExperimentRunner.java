package org.tripartite.api;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.run.SimulationExecutor;

/**
 * Validates the raw parameters of a run on the request thread, so that an invalid request never
 * takes a worker, then runs the experiment on the shared {@link SimulationExecutor}.
 */
@Component
public class ExperimentRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);

    private final SimulationExecutor executor;

    public ExperimentRunner(SimulationExecutor executor) {
        this.executor = executor;
    }

    /**
     * Parses {@code raw} strictly (unknown names, invalid values and runs above the cost bound are
     * rejected), runs the experiment and waits for its result.
     *
     * @throws org.tripartite.engine.param.InvalidParameterException for the first invalid parameter
     * @throws java.util.concurrent.RejectedExecutionException when the pool and its queue are full
     * @throws org.tripartite.run.RunTimedOutException when the run exceeded the time limit
     */
    public <P, R> ExperimentRun run(Experiment<P, R> experiment, Map<String, String> raw)
            throws InterruptedException {
        P params = experiment.parseStrict(raw);
        Map<String, Object> used = ParameterJson.values(experiment.values(params));
        long start = System.nanoTime();
        R result = executor.runAndWait(experiment.id(), monitor -> experiment.run(params, monitor));
        LOG.debug("API run of {} with {} took {} ms", experiment.id(), used,
                (System.nanoTime() - start) / 1_000_000);
        return new ExperimentRun(experiment.id(), used, result);
    }
}
