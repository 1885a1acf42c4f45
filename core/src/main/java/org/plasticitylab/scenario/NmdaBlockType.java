package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.pharmacology.Exposure;
import org.plasticitylab.pharmacology.NmdaBlockExposure;
import org.plasticitylab.pharmacology.NmdaBlockExposure.Infusion;

/** The {@code nmda-block} type: every infusion of every block into one two-compartment body. */
final class NmdaBlockType implements TreatmentType<NmdaBlock> {
    private static final List<String> KEYS = List.of("dose_mg_per_kg", "infusion_minutes", "days");
    /**
     * 0.1 to 1.5 mg/kg in steps of 0.05, the page's slider as it was: the antidepressant 0.5
     * with room either side, up into the anaesthetic 1-4.5; files may go higher, with a caution.
     */
    private static final Dose<NmdaBlock> DOSE = new Dose<>(KEYS.get(0), "mg/kg", 0.1, 1.5, 0.05,
            NmdaBlock::doseMgPerKg, (b, mgPerKg) -> new NmdaBlock(mgPerKg, b.infusionMinutes(),
                    b.days()));

    @Override
    public String name() {
        return NmdaBlock.TYPE;
    }

    @Override
    public Class<NmdaBlock> treatmentClass() {
        return NmdaBlock.class;
    }

    @Override
    public NmdaBlock template(double scenarioDays) {
        return NmdaBlock.standard(0.0);
    }

    @Override
    public Optional<Dose<NmdaBlock>> dose() {
        return Optional.of(DOSE);
    }

    @Override
    public Exposure exposure(List<NmdaBlock> blocks, ModelParameters model, double startHours) {
        List<Infusion> infusions = new ArrayList<>();
        for (NmdaBlock block : blocks) {
            for (double day : block.days()) {
                infusions.add(new Infusion(day * 24, block.infusionMinutes() / 60,
                        block.doseMgPerKg()));
            }
        }
        return new NmdaBlockExposure(model.pharmacokinetics(), infusions, startHours);
    }

    @Override
    public Map<String, Object> fields(NmdaBlock block) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(KEYS.get(0), block.doseMgPerKg());
        fields.put(KEYS.get(1), block.infusionMinutes());
        fields.put(KEYS.get(2), block.days());
        return fields;
    }

    @Override
    public NmdaBlock fromFields(Map<String, Object> fields, double scenarioDays) {
        NmdaBlock t = template(scenarioDays);
        TreatmentFields f = new TreatmentFields(name(), fields, KEYS);
        return new NmdaBlock(f.number(KEYS.get(0), t.doseMgPerKg()),
                f.number(KEYS.get(1), t.infusionMinutes()), f.days(t.days()));
    }
}
