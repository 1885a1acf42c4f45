package org.plasticitylab.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plasticitylab.internal.Checks;

/**
 * The dose a scenario's dose control shows and changes: that of its first treatment whose type
 * has a {@link Dose}, or, with none, the NMDA block's standard (what a drug added by the control
 * would get). Shared by the desktop and browser explorers, so both follow the same treatment.
 *
 * @param type the treatment type's name, e.g. {@code esketamine-nasal}
 * @param dose that type's dose
 * @param amount the first such treatment's amount, in the dose's unit
 */
public record DoseSetting(String type, Dose<Treatment> dose, double amount) {
    /**
     * Requires a type and a dose; throws IllegalArgumentException naming a missing one.
     *
     * @param type the treatment type's name
     * @param dose that type's dose
     * @param amount the amount, in the dose's unit
     */
    public DoseSetting {
        Checks.notBlank("type", type);
        Checks.notNull("dose", dose);
    }

    /**
     * The dose setting of a scenario.
     *
     * @param s the scenario
     * @return its first dosed treatment's type and amount, or the NMDA-block standard
     */
    public static DoseSetting of(Scenario s) {
        Treatment first = s.treatments().stream()
                .filter(t -> TreatmentTypes.of(t).dose().isPresent()).findFirst()
                .orElseGet(() -> TreatmentTypes.get(NmdaBlock.TYPE).template(s.days()));
        Dose<Treatment> dose = TreatmentTypes.of(first).dose().orElseThrow();
        return new DoseSetting(first.type(), dose, dose.of(first));
    }

    /**
     * The treatments with every one of this type given another amount, each keeping its days
     * and everything else; the others as they are.
     *
     * @param treatments a scenario's treatments
     * @param newAmount the amount, in the dose's unit
     * @return the treatments, in their order
     * @throws IllegalArgumentException naming the dose's key if the amount is out of range
     */
    public List<Treatment> given(List<Treatment> treatments, double newAmount) {
        return treatments.stream().map(t -> t.type().equals(type) ? dose.with(t, newAmount) : t)
                .toList();
    }

    /**
     * One more dose of this type on {@code day}: a treatment like the scenario's first of the
     * type (its amount, an infusion's length, a spray's body weight) given on that day alone, or
     * the type's standard if the scenario has none, as the explorers' "dose now" gives it.
     *
     * @param s the scenario
     * @param day the day of the dose
     * @return the new treatment
     * @throws IllegalArgumentException if the type has no {@code days} key or the day is out of
     *     range
     */
    public Treatment doseOn(Scenario s, double day) {
        return rescheduled(s.treatments(), amount, List.of(day), s.days());
    }

    /**
     * A treatment of this type like the first of it among {@code treatments} (or the type's
     * standard if there is none), with another amount on other days and everything else kept
     * (an infusion's length, a spray's body weight). Made through the type's file keys, so any
     * dosed type with {@code days} works and the values are checked as a file's are.
     *
     * @param treatments a scenario's treatments
     * @param newAmount the amount on each day, in the dose's unit
     * @param days the dose days
     * @param scenarioDays the length of the scenario
     * @return the new treatment
     * @throws IllegalArgumentException if the type has no {@code days} key or a value is out of
     *     range
     */
    public Treatment rescheduled(List<Treatment> treatments, double newAmount, List<Double> days,
            double scenarioDays) {
        Treatment like = treatments.stream().filter(t -> t.type().equals(type)).findFirst()
                .orElseGet(() -> TreatmentTypes.get(type).template(scenarioDays));
        TreatmentType<Treatment> typed = TreatmentTypes.of(like);
        Map<String, Object> fields = new LinkedHashMap<>(typed.fields(like));
        fields.put(dose.key(), newAmount);
        fields.put("days", days);
        return typed.fromFields(fields, scenarioDays);
    }
}
