package org.tripartite.engine.run;

/**
 * Link between a running experiment and its caller: the run reports the fraction done and polls
 * for cancellation. Implementations must be thread-safe, because parallel runs report from
 * several worker threads.
 */
public interface RunMonitor {

    /** Monitor that ignores progress and never cancels. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void progress(double fractionDone) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Receives the fraction of the run done, from 0 to 1; calls are not guaranteed to be monotone across threads. */
    void progress(double fractionDone);

    /** Returns true once the caller wants the run stopped. */
    boolean isCancelled();

    /**
     * Throws {@link RunCancelledException} when the run is cancelled; runs call it between units
     * of work, so that a cancelled run never returns a partial result.
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new RunCancelledException();
        }
    }

    /**
     * Returns a monitor for a sub-task that covers the fraction range [{@code from}, {@code to}]
     * of this run: its progress 0..1 is mapped linearly onto that range.
     */
    default RunMonitor slice(double from, double to) {
        RunMonitor parent = this;
        return new RunMonitor() {
            @Override
            public void progress(double fractionDone) {
                double clamped = Math.max(0.0, Math.min(1.0, fractionDone));
                parent.progress(from + (to - from) * clamped);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
