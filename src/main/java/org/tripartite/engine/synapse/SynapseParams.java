package org.tripartite.engine.synapse;

import java.util.List;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Constants of the tripartite synapse: one presynaptic and one postsynaptic neuron, the synapse
 * between them, the astrocyte process wrapped around it and the astrocyte's calcium.
 *
 * <p>Equations (time t in ms; rates, weight and calcium in arbitrary units, a.u.):
 * τ_n dr/dt = −r + u for each neuron (u = 1 while its schedule is on, else 0);
 * dw/dt = r_pre r_post / T_p − w / τ_w; dp/dt = r_pre / T_p − p / τ_p;
 * τ_a dc/dt = −c + p r_pre.
 *
 * @param tauNeuronMs    τ_n, neuron time constant, ms
 * @param presentationMs T_p, the normalising presentation time, ms (a 1-unit input held for T_p
 *                       adds about 1 to p)
 * @param tauWeightS     τ_w, synaptic weight leak, s; {@code Double.POSITIVE_INFINITY} = no leak
 * @param tauProcessS    τ_p, process calcium leak, s; infinity = no leak
 * @param tauAstrocyteS  τ_a, astrocyte calcium time constant, s
 */
public record SynapseParams(double tauNeuronMs, double presentationMs, double tauWeightS,
        double tauProcessS, double tauAstrocyteS) {

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.real("tauNeuronMs", 10.0, 1.0, 100.0, "ms"),
            ParameterSpec.real("presentationMs", 50.0, 1.0, 1000.0, "ms"),
            ParameterSpec.real("tauWeightS", Double.POSITIVE_INFINITY, 0.1,
                    Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("tauProcessS", 10.0, 0.1, Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("tauAstrocyteS", 1.0, 0.05, 100.0, "s"));

    public SynapseParams {
        ParameterSpec.check(SPECS, "tauNeuronMs", tauNeuronMs);
        ParameterSpec.check(SPECS, "presentationMs", presentationMs);
        ParameterSpec.check(SPECS, "tauWeightS", tauWeightS);
        ParameterSpec.check(SPECS, "tauProcessS", tauProcessS);
        ParameterSpec.check(SPECS, "tauAstrocyteS", tauAstrocyteS);
    }

    /** Returns the defaults: τ_n 10 ms, T_p 50 ms, no weight leak, τ_p 10 s, τ_a 1 s. */
    public static SynapseParams defaults() {
        return new SynapseParams(10.0, 50.0, Double.POSITIVE_INFINITY, 10.0, 1.0);
    }
}
