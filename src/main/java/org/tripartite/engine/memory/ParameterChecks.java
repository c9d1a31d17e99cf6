package org.tripartite.engine.memory;

import java.util.List;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.param.ParameterSpec;

/** Rejections shared by the parameter records of this package. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    /**
     * Returns an {@code OUT_OF_RANGE} rejection whose range is narrower than the spec's because
     * of another parameter (for example a pattern index below the number of patterns).
     */
    static InvalidParameterException outOfRange(List<ParameterSpec> specs, String name, Object value,
                                                double min, double max) {
        ParameterSpec spec = ParameterSpec.find(specs, name);
        return new InvalidParameterException(name, spec.format(value), Reason.OUT_OF_RANGE, spec.type(),
                min, max, spec.unit(), spec.choices());
    }

    /** Returns a {@code COST_TOO_HIGH} rejection of {@code name}, allowed up to {@code allowedMax}. */
    static InvalidParameterException costTooHigh(List<ParameterSpec> specs, String name, Object value,
                                                 double allowedMax) {
        ParameterSpec spec = ParameterSpec.find(specs, name);
        return InvalidParameterException.costTooHigh(spec, spec.format(value), allowedMax);
    }
}
