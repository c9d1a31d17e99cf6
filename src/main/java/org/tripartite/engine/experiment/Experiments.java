package org.tripartite.engine.experiment;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Registry of all experiments, in lesson order.
 *
 * <p>Experiments of this source tree are listed in {@link #BUILT_IN}. Experiments that live in
 * packages developed separately are looked up by class name in {@link #OPTIONAL_CLASSES} and
 * registered only when their class is on the class path, so the registry needs no change when
 * those packages are merged. Each must have a public no-argument constructor.
 */
public final class Experiments {

    /** Suppliers of the experiments that are always present. */
    private static final List<Supplier<Experiment<?, ?>>> BUILT_IN = List.of(
            org.tripartite.engine.attention.AttentionExperiment::new,
            org.tripartite.engine.features.KernelExperiment::new,
            org.tripartite.engine.features.FeatureSweepExperiment::new,
            org.tripartite.engine.synapse.SynapseExperiment::new,
            org.tripartite.engine.network.NetworkExperiment::new,
            org.tripartite.engine.features.NormaliserTraceExperiment::new,
            org.tripartite.engine.network.KnockoutExperiment::new,
            org.tripartite.engine.network.RecallExperiment::new);

    /** Fully qualified names of experiments registered only when present. */
    private static final List<String> OPTIONAL_CLASSES = List.of(
            "org.tripartite.engine.memory.AssociativeMemoryExperiment",
            "org.tripartite.engine.memory.CapacityExperiment");

    private static final List<Experiment<?, ?>> ALL = load();

    private Experiments() {
    }

    /** Returns every registered experiment, built-in ones first. */
    public static List<Experiment<?, ?>> all() {
        return ALL;
    }

    /** Returns the experiment with identifier {@code id}, if registered. */
    public static Optional<Experiment<?, ?>> byId(String id) {
        for (Experiment<?, ?> experiment : ALL) {
            if (experiment.id().equals(id)) {
                return Optional.of(experiment);
            }
        }
        return Optional.empty();
    }

    private static List<Experiment<?, ?>> load() {
        List<Experiment<?, ?>> list = new ArrayList<>();
        for (Supplier<Experiment<?, ?>> supplier : BUILT_IN) {
            list.add(supplier.get());
        }
        for (String className : OPTIONAL_CLASSES) {
            loadOptional(className).ifPresent(list::add);
        }
        return Collections.unmodifiableList(list);
    }

    private static Optional<Experiment<?, ?>> loadOptional(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of((Experiment<?, ?>) type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            // A present but unusable class is a build error, not an absent feature.
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("Experiment class " + className
                    + " exists but cannot be instantiated", cause);
        }
    }
}
