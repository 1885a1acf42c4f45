package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.RegisteredTreatmentTypeTest.SalineType;

/** The dose a treatment type offers its controls: read, changed, refused out of range. */
class DoseTest {
    private static final NmdaBlock BLOCK = new NmdaBlock(0.5, 40, List.of(42.0, 44.0));
    private static final EsketamineNasal SPRAY = new EsketamineNasal(56, 80, 0.5, 20, 1.8,
            List.of(42.0, 45.0, 49.0));

    @Test
    void theNmdaBlockIsDosedInMgPerKgAndANewDoseKeepsItsInfusionsAndDays() {
        Dose<NmdaBlock> dose = TreatmentTypes.of(BLOCK).dose().orElseThrow();
        assertThat(dose.key()).isEqualTo("dose_mg_per_kg");
        assertThat(dose.unit()).isEqualTo("mg/kg");
        assertThat(List.of(dose.min(), dose.max(), dose.step())).containsExactly(0.1, 1.5, 0.05);
        assertThat(dose.of(BLOCK)).isEqualTo(0.5);
        assertThat(dose.with(BLOCK, 0.8)).isEqualTo(new NmdaBlock(0.8, 40, BLOCK.days()));
    }

    @Test
    void esketamineIsDosedInMgAndANewDoseKeepsTheRestOfTheSpray() {
        Dose<EsketamineNasal> dose = TreatmentTypes.of(SPRAY).dose().orElseThrow();
        assertThat(dose.key()).isEqualTo("dose_mg");
        assertThat(dose.unit()).isEqualTo("mg");
        assertThat(List.of(dose.min(), dose.max(), dose.step())).containsExactly(28.0, 112.0,
                28.0);
        assertThat(dose.of(SPRAY)).isEqualTo(56);
        assertThat(dose.with(SPRAY, 84)).isEqualTo(new EsketamineNasal(84, 80, 0.5, 20, 1.8,
                SPRAY.days()));
    }

    @Test
    void aDoseOutOfRangeIsRefusedNamingTheKey() {
        Dose<NmdaBlock> block = TreatmentTypes.of(BLOCK).dose().orElseThrow();
        Dose<EsketamineNasal> spray = TreatmentTypes.of(SPRAY).dose().orElseThrow();
        assertThatThrownBy(() -> block.with(BLOCK, 2)).isInstanceOf(
                IllegalArgumentException.class).hasMessage(
                        "dose_mg_per_kg must be in [0.1, 1.5], was 2.0");
        assertThatThrownBy(() -> spray.with(SPRAY, 0)).hasMessage(
                "dose_mg must be in [28.0, 112.0], was 0.0");
        assertThatThrownBy(() -> spray.with(SPRAY, Double.NaN)).hasMessageStartingWith(
                "dose_mg must be in");
    }

    @Test
    void coursesAndARegisteredTypeHaveNoDose() {
        assertThat(TreatmentTypes.get(Monoaminergic.TYPE).dose()).isEmpty();
        assertThat(new SalineType().dose()).isEmpty();
    }

    @Test
    void theSettingFollowsTheFirstDosedTreatmentAndGivesEveryOneOfItsType() {
        Monoaminergic course = new Monoaminergic(40, 84);
        EsketamineNasal later = EsketamineNasal.standard(56, List.of(60.0));
        Scenario s = Scenario.builder("mixed").stress(0, 84, 0.8).treatment(course)
                .treatment(SPRAY).treatment(BLOCK).treatment(later).build();
        DoseSetting setting = DoseSetting.of(s);
        assertThat(setting.type()).isEqualTo(EsketamineNasal.TYPE);
        assertThat(setting.dose().unit()).isEqualTo("mg");
        assertThat(setting.amount()).isEqualTo(56);
        assertThat(setting.given(s.treatments(), 84)).containsExactly(course,
                new EsketamineNasal(84, 80, 0.5, 20, 1.8, SPRAY.days()), BLOCK,
                EsketamineNasal.standard(84, List.of(60.0)));
    }

    @Test
    void withoutADosedTreatmentTheSettingIsTheNmdaBlockStandard() {
        DoseSetting setting = DoseSetting.of(Presets.get("ssri-like"));
        assertThat(setting.type()).isEqualTo(NmdaBlock.TYPE);
        assertThat(setting.dose().unit()).isEqualTo("mg/kg");
        assertThat(setting.amount()).isEqualTo(NmdaBlock.standard(0.0).doseMgPerKg());
    }
}
