package org.tripartite.lesson.check;

import java.util.Map;
import java.util.Optional;

/** The measures that checkpoints may name in the course content, by name. */
public final class Measures {

    private static final Map<String, Measure> BY_NAME = Map.of(
            "attention.mostAttended", new MostAttendedToken(),
            "features.errorRatio", new ErrorRatio(),
            "synapse.weightGrows", new WeightGrowth(),
            "writing.reverseOrder", new ReverseOrder(),
            "reading.earlyOutput", new EarlyOutput(),
            "knockout.normRatio", new NormRatio(),
            "memory.delayEffect", new DelayEffect(),
            "associative.capacityGrowth", new CapacityGrowth());

    private Measures() {
    }

    public static Optional<Measure> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }
}
