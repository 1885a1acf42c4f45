package org.plasticitylab.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plasticitylab.pharmacology.Exposure;
import org.plasticitylab.pharmacology.MonoaminergicExposure;

/** The {@code monoaminergic} type: SSRI-like courses, by default to the end of the scenario. */
final class MonoaminergicType implements TreatmentType<Monoaminergic> {
    private static final List<String> KEYS = List.of("from_day", "to_day");

    @Override
    public String name() {
        return Monoaminergic.TYPE;
    }

    @Override
    public Class<Monoaminergic> treatmentClass() {
        return Monoaminergic.class;
    }

    @Override
    public Monoaminergic template(double scenarioDays) {
        return new Monoaminergic(0, scenarioDays);
    }

    @Override
    public Exposure exposure(List<Monoaminergic> courses, ModelParameters model,
            double startHours) {
        return new MonoaminergicExposure(
                courses.stream().mapToDouble(c -> c.fromDay() * 24).toArray(),
                courses.stream().mapToDouble(c -> c.toDay() * 24).toArray());
    }

    @Override
    public Map<String, Object> fields(Monoaminergic course) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(KEYS.get(0), course.fromDay());
        fields.put(KEYS.get(1), course.toDay());
        return fields;
    }

    @Override
    public Monoaminergic fromFields(Map<String, Object> fields, double scenarioDays) {
        Monoaminergic t = template(scenarioDays);
        TreatmentFields f = new TreatmentFields(name(), fields, KEYS);
        return new Monoaminergic(f.number(KEYS.get(0), t.fromDay()),
                f.number(KEYS.get(1), t.toDay()));
    }
}
