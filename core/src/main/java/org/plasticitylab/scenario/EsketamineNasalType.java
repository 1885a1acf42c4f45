package org.plasticitylab.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.pharmacology.Exposure;
import org.plasticitylab.pharmacology.NasalExposure;
import org.plasticitylab.pharmacology.PkParameters;

/**
 * The {@code esketamine-nasal} type: every session's bioavailable dose absorbed first-order into
 * the model's two-compartment body, with the IC50 divided by the relative potency.
 */
final class EsketamineNasalType implements TreatmentType<EsketamineNasal> {
    private static final List<String> KEYS = List.of("dose_mg", "body_weight_kg",
            "bioavailability", "absorption_half_life_minutes", "relative_potency", "days");
    /**
     * 28 to 112 mg in steps of 28: each spray device holds 28 mg, so clinics give whole
     * devices (56 or 84 mg, two or three); 28 and 112 lie one device either side of the label,
     * the upper one to show the caution above 84 mg.
     */
    private static final Dose<EsketamineNasal> DOSE = new Dose<>(KEYS.get(0), "mg", 28, 112, 28,
            EsketamineNasal::doseMg, (s, mg) -> new EsketamineNasal(mg, s.bodyWeightKg(),
                    s.bioavailability(), s.absorptionHalfLifeMinutes(), s.relativePotency(),
                    s.days()));

    @Override
    public String name() {
        return EsketamineNasal.TYPE;
    }

    @Override
    public Class<EsketamineNasal> treatmentClass() {
        return EsketamineNasal.class;
    }

    @Override
    public EsketamineNasal template(double scenarioDays) {
        return EsketamineNasal.standard(84, List.of(0.0));
    }

    @Override
    public Optional<Dose<EsketamineNasal>> dose() {
        return Optional.of(DOSE);
    }

    @Override
    public void checkTogether(List<EsketamineNasal> sprays) {
        for (EsketamineNasal s : sprays) {
            if (s.absorptionHalfLifeMinutes() != sprays.get(0).absorptionHalfLifeMinutes()
                    || s.relativePotency() != sprays.get(0).relativePotency()) {
                throw new IllegalArgumentException("esketamine-nasal treatments of one scenario"
                        + " are one drug in one body: they must share"
                        + " absorption_half_life_minutes and relative_potency");
            }
        }
    }

    @Override
    public Exposure exposure(List<EsketamineNasal> sprays, ModelParameters model,
            double startHours) {
        EsketamineNasal first = sprays.get(0);
        List<double[]> doses = sprays.stream().flatMap(s -> s.days().stream()
                .map(d -> new double[] {d * 24, s.bioavailableMgPerKg()}))
                .sorted((a, b) -> Double.compare(a[0], b[0])).toList();
        PkParameters pk = model.pharmacokinetics();
        return new NasalExposure(pk, pk.ic50MgPerL() / first.relativePotency(),
                Math.log(2) / (first.absorptionHalfLifeMinutes() / 60),
                doses.stream().mapToDouble(d -> d[0]).toArray(),
                doses.stream().mapToDouble(d -> d[1]).toArray(), startHours);
    }

    @Override
    public Map<String, Object> fields(EsketamineNasal spray) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(KEYS.get(0), spray.doseMg());
        fields.put(KEYS.get(1), spray.bodyWeightKg());
        fields.put(KEYS.get(2), spray.bioavailability());
        fields.put(KEYS.get(3), spray.absorptionHalfLifeMinutes());
        fields.put(KEYS.get(4), spray.relativePotency());
        fields.put(KEYS.get(5), spray.days());
        return fields;
    }

    @Override
    public EsketamineNasal fromFields(Map<String, Object> fields, double scenarioDays) {
        EsketamineNasal t = template(scenarioDays);
        TreatmentFields f = new TreatmentFields(name(), fields, KEYS);
        return new EsketamineNasal(f.number(KEYS.get(0), t.doseMg()),
                f.number(KEYS.get(1), t.bodyWeightKg()),
                f.number(KEYS.get(2), t.bioavailability()),
                f.number(KEYS.get(3), t.absorptionHalfLifeMinutes()),
                f.number(KEYS.get(4), t.relativePotency()), f.days(t.days()));
    }
}
