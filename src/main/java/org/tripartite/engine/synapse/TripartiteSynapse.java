package org.tripartite.engine.synapse;

import org.tripartite.engine.util.MatrixExponential;

/**
 * Time stepper of one tripartite synapse (equations in {@link SynapseParams}).
 *
 * <p>Integration is exact for any step: with the inputs constant over a step, the products
 * r_pre², r_pre r_post and p r_pre obey linear equations too, so the augmented state
 * z = (1, r_pre, r_post, r_pre², r_pre r_post, p, p r_pre, w, c) evolves as dz/dt = A z and one
 * step is z ← exp(A Δ) z. The only error is rounding. Not thread-safe.
 */
public final class TripartiteSynapse {

    private static final int ONE = 0;
    private static final int PRE = 1;
    private static final int POST = 2;
    private static final int PRE_SQUARED = 3;
    private static final int PRE_POST = 4;
    private static final int PROCESS = 5;
    private static final int PROCESS_PRE = 6;
    private static final int WEIGHT = 7;
    private static final int CALCIUM = 8;
    private static final int SIZE = 9;

    private final SynapseParams params;
    private double[] state = new double[SIZE];
    private double timeMs;

    private double cachedStep = Double.NaN;
    private boolean cachedPre;
    private boolean cachedPost;
    private double[][] cachedPropagator;

    public TripartiteSynapse(SynapseParams params) {
        this.params = params;
        reset();
    }

    /** Returns to rest at time 0: rates, weight and calcium 0. */
    public void reset() {
        state = new double[SIZE];
        state[ONE] = 1.0;
        timeMs = 0;
    }

    /**
     * Advances by {@code dtMs} with the presynaptic and postsynaptic inputs on (1 a.u.) or off
     * (0) for the whole step.
     *
     * @throws IllegalArgumentException when dtMs is negative or not finite
     */
    public void advance(double dtMs, boolean preOn, boolean postOn) {
        if (!(dtMs >= 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("dtMs must be finite and non-negative: " + dtMs);
        }
        if (dtMs == 0) {
            return;
        }
        if (dtMs != cachedStep || preOn != cachedPre || postOn != cachedPost) {
            cachedPropagator = MatrixExponential.exp(generator(preOn ? 1 : 0, postOn ? 1 : 0), dtMs);
            cachedStep = dtMs;
            cachedPre = preOn;
            cachedPost = postOn;
        }
        state = MatrixExponential.apply(cachedPropagator, state);
        state[ONE] = 1.0;
        timeMs += dtMs;
    }

    /** Builds A of dz/dt = A z for inputs uPre, uPost (rates per ms). */
    private double[][] generator(double uPre, double uPost) {
        double kn = 1.0 / params.tauNeuronMs();
        double tp = 1.0 / params.presentationMs();
        double kw = 1.0 / (params.tauWeightS() * 1000.0);
        double kp = 1.0 / (params.tauProcessS() * 1000.0);
        double ka = 1.0 / (params.tauAstrocyteS() * 1000.0);
        double[][] a = new double[SIZE][SIZE];
        // τ_n dr/dt = u − r
        a[PRE][ONE] = uPre * kn;
        a[PRE][PRE] = -kn;
        a[POST][ONE] = uPost * kn;
        a[POST][POST] = -kn;
        // d(r_pre²)/dt = 2 r_pre (u_pre − r_pre)/τ_n
        a[PRE_SQUARED][PRE] = 2 * uPre * kn;
        a[PRE_SQUARED][PRE_SQUARED] = -2 * kn;
        // d(r_pre r_post)/dt = (u_pre r_post + u_post r_pre − 2 r_pre r_post)/τ_n
        a[PRE_POST][POST] = uPre * kn;
        a[PRE_POST][PRE] = uPost * kn;
        a[PRE_POST][PRE_POST] = -2 * kn;
        // dp/dt = r_pre/T_p − p/τ_p
        a[PROCESS][PRE] = tp;
        a[PROCESS][PROCESS] = -kp;
        // d(p r_pre)/dt = r_pre²/T_p − p r_pre/τ_p + p (u_pre − r_pre)/τ_n
        a[PROCESS_PRE][PRE_SQUARED] = tp;
        a[PROCESS_PRE][PROCESS] = uPre * kn;
        a[PROCESS_PRE][PROCESS_PRE] = -kp - kn;
        // dw/dt = r_pre r_post/T_p − w/τ_w
        a[WEIGHT][PRE_POST] = tp;
        a[WEIGHT][WEIGHT] = -kw;
        // τ_a dc/dt = p r_pre − c
        a[CALCIUM][PROCESS_PRE] = ka;
        a[CALCIUM][CALCIUM] = -ka;
        return a;
    }

    public SynapseParams params() {
        return params;
    }

    /** Time since the last reset, ms. */
    public double timeMs() {
        return timeMs;
    }

    /** Presynaptic rate r_pre, a.u. */
    public double preRate() {
        return state[PRE];
    }

    /** Postsynaptic rate r_post, a.u. */
    public double postRate() {
        return state[POST];
    }

    /** Synaptic weight w, a.u. */
    public double weight() {
        return state[WEIGHT];
    }

    /** Calcium p of the astrocyte process, a.u. */
    public double processCalcium() {
        return state[PROCESS];
    }

    /** Astrocyte calcium c, a.u. */
    public double astrocyteCalcium() {
        return state[CALCIUM];
    }
}
