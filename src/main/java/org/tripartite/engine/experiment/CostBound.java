package org.tripartite.engine.experiment;

import java.util.List;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Cost limit of an experiment, in abstract work units (one unit is about one multiply-add of
 * the feature computation; one normal draw counts {@link #UNITS_PER_NORMAL_DRAW} units).
 *
 * <p>{@link #LIMIT} was chosen so that the largest allowed run of every experiment takes well
 * under 30 s on a 2-core machine (the benchmark page records the measured times).
 */
public final class CostBound {

    /** Maximum work units of one run. */
    public static final double LIMIT = 6e10;

    /** Cost of one standard normal draw, in units (measured: about 28 ns against 0.2 ns per unit). */
    public static final double UNITS_PER_NORMAL_DRAW = 100;

    private CostBound() {
    }

    /**
     * Throws {@code COST_TOO_HIGH} for parameter {@code blamed} when {@code cost} exceeds
     * {@link #LIMIT}. {@code costPerUnitOfBlamed} is the cost divided by the blamed value (the
     * cost is linear in it), which gives the largest value the parameter may take.
     */
    public static void check(List<ParameterSpec> specs, String blamed, Object blamedValue,
            double cost, double costPerUnitOfBlamed) {
        if (cost <= LIMIT) {
            return;
        }
        ParameterSpec spec = ParameterSpec.find(specs, blamed);
        double allowed = Math.floor(LIMIT / costPerUnitOfBlamed);
        if (spec.min() != null) {
            allowed = Math.max(spec.min(), allowed);
        }
        throw InvalidParameterException.costTooHigh(spec, spec.format(blamedValue), allowed);
    }
}
