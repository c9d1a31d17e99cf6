package org.tripartite.engine.memory;

import java.util.List;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code capacity} experiment: capacity of the reduced memory against N.
 *
 * @param coupling        {@code both}, {@code quartic} (F(z) = z⁴/4) or {@code pairwise}
 *                        (F(z) = z²/2)
 * @param quarticNeurons  values of N measured with quartic couplings
 * @param pairwiseNeurons values of N measured with pairwise couplings
 * @param flipFraction    fraction f of bits flipped in each cue
 * @param trials          independent sets of K random patterns per tested K; every pattern of a
 *                        set is cued once
 * @param seed            seed of all patterns and cues
 */
public record CapacityParams(String coupling, List<Integer> quarticNeurons, List<Integer> pairwiseNeurons,
                             double flipFraction, int trials, long seed) {

    /** Value of {@code coupling} that measures both kinds. */
    public static final String BOTH = "both";

    /** Value of {@code coupling} for quartic couplings only. */
    public static final String QUARTIC = "quartic";

    /** Value of {@code coupling} for pairwise couplings only. */
    public static final String PAIRWISE = "pairwise";

    /**
     * Limit of {@link #cost()}. The search for one N evaluates K up to the search limit L of
     * {@link CapacitySearch#searchLimit}, with a cost that grows like N · L² · log L per trial.
     * On a 2-core x86-64 machine with JDK 17 about 2·10⁹ units ran per second (the search is
     * single-threaded), so the largest allowed runs took 11 to 12 s, under the 30 s bound.
     */
    public static final double COST_LIMIT = 3e10;

    /** Parameter declarations, in display order. */
    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.choice("coupling", BOTH, BOTH, QUARTIC, PAIRWISE),
            ParameterSpec.intList("quarticNeurons", List.of(10, 20, 30), 8, 60, 8, "neurons"),
            ParameterSpec.intList("pairwiseNeurons", List.of(100, 200, 400), 20, 2000, 8, "neurons"),
            ParameterSpec.real("flipFraction", 0.1, 0.0, 0.3, ""),
            ParameterSpec.integer("trials", 2, 1, 20, "trials"),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field against {@link #SPECS} and the cost against {@link #COST_LIMIT}.
     *
     * @throws InvalidParameterException on the first invalid field; a run over the cost limit is
     *         rejected on {@code trials} with the largest number of trials that fits, or, when
     *         one trial is already too costly, on the list that costs most, with the largest
     *         element value at which a list of that length would fit
     */
    public CapacityParams {
        ParameterSpec.check(SPECS, "coupling", coupling);
        ParameterSpec.check(SPECS, "quarticNeurons", quarticNeurons);
        ParameterSpec.check(SPECS, "pairwiseNeurons", pairwiseNeurons);
        ParameterSpec.check(SPECS, "flipFraction", flipFraction);
        ParameterSpec.check(SPECS, "trials", trials);
        ParameterSpec.check(SPECS, "seed", seed);
        quarticNeurons = List.copyOf(quarticNeurons);
        pairwiseNeurons = List.copyOf(pairwiseNeurons);

        double quarticCost = includesQuartic(coupling) ? costPerTrial(CouplingKind.QUARTIC, quarticNeurons) : 0.0;
        double pairwiseCost = includesPairwise(coupling) ? costPerTrial(CouplingKind.PAIRWISE, pairwiseNeurons) : 0.0;
        double perTrial = quarticCost + pairwiseCost;
        if (perTrial * trials > COST_LIMIT) {
            double allowedTrials = Math.floor(COST_LIMIT / perTrial);
            if (allowedTrials >= 1.0) {
                throw ParameterChecks.costTooHigh(SPECS, "trials", trials, allowedTrials);
            }
            CouplingKind costlier = quarticCost >= pairwiseCost ? CouplingKind.QUARTIC : CouplingKind.PAIRWISE;
            String name = costlier == CouplingKind.QUARTIC ? "quarticNeurons" : "pairwiseNeurons";
            List<Integer> list = costlier == CouplingKind.QUARTIC ? quarticNeurons : pairwiseNeurons;
            double otherCost = costlier == CouplingKind.QUARTIC ? pairwiseCost : quarticCost;
            throw ParameterChecks.costTooHigh(SPECS, name, list, largestAffordableN(costlier, list.size(), otherCost));
        }
    }

    /** Returns the defaults: both kinds, quartic N = 10, 20, 30, pairwise N = 100, 200, 400. */
    public static CapacityParams defaults() {
        return new CapacityParams(BOTH, List.of(10, 20, 30), List.of(100, 200, 400), 0.1, 2, 42L);
    }

    /** Returns the cost estimate of the whole run, in the units of {@link #COST_LIMIT}. */
    public double cost() {
        double perTrial = 0.0;
        if (includesQuartic(coupling)) {
            perTrial += costPerTrial(CouplingKind.QUARTIC, quarticNeurons);
        }
        if (includesPairwise(coupling)) {
            perTrial += costPerTrial(CouplingKind.PAIRWISE, pairwiseNeurons);
        }
        return perTrial * trials;
    }

    /** Returns the coupling kinds this run measures, quartic first. */
    public List<CouplingKind> kinds() {
        if (BOTH.equals(coupling)) {
            return List.of(CouplingKind.QUARTIC, CouplingKind.PAIRWISE);
        }
        return List.of(QUARTIC.equals(coupling) ? CouplingKind.QUARTIC : CouplingKind.PAIRWISE);
    }

    /** Returns the values of N measured with {@code kind}. */
    public List<Integer> neurons(CouplingKind kind) {
        return kind == CouplingKind.QUARTIC ? quarticNeurons : pairwiseNeurons;
    }

    /** Returns the cost estimate of one trial at N: N · L² · (log₂ L + 4), L the search limit. */
    static double costPerTrial(CouplingKind kind, int n) {
        double limit = CapacitySearch.searchLimit(kind, n);
        return n * limit * limit * (Math.log(limit) / Math.log(2.0) + 4.0);
    }

    private static double costPerTrial(CouplingKind kind, List<Integer> neurons) {
        double cost = 0.0;
        for (int n : neurons) {
            cost += costPerTrial(kind, n);
        }
        return cost;
    }

    /**
     * Returns the largest N such that one trial of {@code count} values of N, plus
     * {@code otherCost} for the other kind, fits the limit; at least the spec minimum.
     */
    private static int largestAffordableN(CouplingKind kind, int count, double otherCost) {
        ParameterSpec spec = ParameterSpec.find(SPECS, kind == CouplingKind.QUARTIC ? "quarticNeurons" : "pairwiseNeurons");
        int n = spec.min().intValue();
        while (n < spec.max() && count * costPerTrial(kind, n + 1) + otherCost <= COST_LIMIT) {
            n++;
        }
        return n;
    }

    private static boolean includesQuartic(String coupling) {
        return BOTH.equals(coupling) || QUARTIC.equals(coupling);
    }

    private static boolean includesPairwise(String coupling) {
        return BOTH.equals(coupling) || PAIRWISE.equals(coupling);
    }
}
