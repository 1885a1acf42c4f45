package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plasticitylab.internal.Registry;
import org.plasticitylab.pharmacology.Exposure;

/**
 * The registry of {@link TreatmentType}s: the built-in ones and those a library adds with
 * {@link #register}. A file's treatment {@code type} is looked up here; an unknown one is a
 * validation error, and a name registered twice is an error, not a silent choice.
 *
 * <p>Registration is a call, not {@code ServiceLoader}: the browser build resolves service
 * providers in an order that changes between builds.
 */
public final class TreatmentTypes {
    private static final Registry<TreatmentType<?>> TYPES = new Registry<>("treatment type",
            TreatmentType::name, List.of(new NmdaBlockType(), new MonoaminergicType(),
                    new EsketamineNasalType()));

    private TreatmentTypes() {
    }

    /**
     * Every registered type name, the built-in ones first.
     *
     * @return the names, unmodifiable
     */
    public static List<String> names() {
        return TYPES.names();
    }

    /**
     * The type of that name.
     *
     * @param name a file's treatment type
     * @return the type
     * @throws IllegalArgumentException naming the known types if there is none of that name
     */
    public static TreatmentType<?> get(String name) {
        return TYPES.get(name);
    }

    /**
     * The type of a treatment, typed for its record.
     *
     * @param <T> the treatment's record
     * @param treatment a treatment
     * @return its registered type
     * @throws IllegalArgumentException if its type is not registered or registered for another
     *     class
     */
    @SuppressWarnings("unchecked")
    public static <T extends Treatment> TreatmentType<T> of(T treatment) {
        TreatmentType<T> type = (TreatmentType<T>) get(treatment.type());
        cast(type, treatment);
        return type;
    }

    /**
     * One exposure per type of the treatments, each over all treatments of its type, in the
     * order each type first appears.
     *
     * @param treatments a scenario's treatments
     * @param model the run's model parameters
     * @param startHours the clock's start, in hours from day 0 (negative during burn-in)
     * @return the exposures, none without treatments
     */
    public static List<Exposure> exposures(List<Treatment> treatments, ModelParameters model,
            double startHours) {
        List<Exposure> exposures = new ArrayList<>();
        byType(treatments).forEach((name, all) -> exposures.add(exposure(get(name), all, model,
                startHours)));
        return exposures;
    }

    /** Each type's rules across its treatments; throws IllegalArgumentException naming one. */
    static void checkTogether(List<Treatment> treatments) {
        byType(treatments).forEach((name, all) -> checkTogether(get(name), all));
    }

    private static Map<String, List<Treatment>> byType(List<Treatment> treatments) {
        Map<String, List<Treatment>> byType = new LinkedHashMap<>();
        treatments.forEach(t -> byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t));
        return byType;
    }

    private static <T extends Treatment> Exposure exposure(TreatmentType<T> type,
            List<Treatment> all, ModelParameters model, double startHours) {
        return type.exposure(typed(type, all), model, startHours);
    }

    private static <T extends Treatment> void checkTogether(TreatmentType<T> type,
            List<Treatment> all) {
        type.checkTogether(typed(type, all));
    }

    private static <T extends Treatment> List<T> typed(TreatmentType<T> type, List<Treatment> all) {
        return all.stream().map(t -> cast(type, t)).toList();
    }

    private static <T extends Treatment> T cast(TreatmentType<T> type, Treatment treatment) {
        if (!type.treatmentClass().isInstance(treatment)) {
            throw new IllegalArgumentException("treatment type \"" + treatment.type()
                    + "\" is registered for " + type.treatmentClass().getName() + ", not "
                    + treatment.getClass().getName());
        }
        return type.treatmentClass().cast(treatment);
    }

    /**
     * Adds a library's treatment type, so that scenario files can name it. Registering the same
     * type again does nothing.
     *
     * @param type the type
     * @throws IllegalStateException if another type already has its name
     */
    public static void register(TreatmentType<?> type) {
        TYPES.register(type);
    }
}
