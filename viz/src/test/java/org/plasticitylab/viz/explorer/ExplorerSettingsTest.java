package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;

class ExplorerSettingsTest {
    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void untouchedSettingsRunThePresetExactlyAsShipped(String name) {
        Scenario preset = Presets.get(name);
        assertThat(ExplorerSettings.of(preset).apply(preset)).isEqualTo(preset);
    }

    @Test
    void readsTheSeriesOfAPreset() {
        ExplorerSettings s = ExplorerSettings.of(Presets.get("ketamine-series-therapy"));
        assertThat(s.treatmentStartDay()).isEqualTo(42);
        assertThat(s.doses()).isEqualTo(new ExplorerSettings.Doses(0.5, 6, 2.2));
        assertThat(s.therapy()).isEqualTo(new ExplorerSettings.Therapy(true, 2));
        assertThat(s.stress()).isEqualTo(new ExplorerSettings.Stress(0.8, 0, 84));
    }

    @Test
    void aNewDoseKeepsTheIrregularDaysOfEveryBlock() {
        Scenario base = Presets.get("ketamine-series").toBuilder()
                .treatment(NmdaBlock.standard(70.0)).build();
        ExplorerSettings s = ExplorerSettings.of(base);
        assertThat(s.doses().count()).isEqualTo(7);
        Scenario built = new ExplorerSettings(s.days(), s.seed(), s.neurons(),
                s.treatmentStartDay(), s.stress(), new ExplorerSettings.Doses(0.8,
                        s.doses().count(), s.doses().intervalDays()), s.therapy(), s.ssriLike())
                .apply(base);
        assertThat(built.treatments()).containsExactly(new NmdaBlock(0.8, 40,
                Presets.SERIES_DAYS), new NmdaBlock(0.8, 40, List.of(70.0)));
        assertThat(built.therapy()).isEqualTo(base.therapy());
    }

    @Test
    void onSustainTheDoseIsTheSprayInMgAndANewDoseKeepsItsDaysAndTherapy() {
        Scenario base = Presets.get("sustain");
        EsketamineNasal spray = (EsketamineNasal) base.treatments().get(0);
        ExplorerSettings s = ExplorerSettings.of(base);
        assertThat(s.doses()).isEqualTo(new ExplorerSettings.Doses(56, spray.days().size(),
                s.doses().intervalDays()));
        Scenario built = new ExplorerSettings(s.days(), s.seed(), s.neurons(),
                s.treatmentStartDay(), s.stress(), new ExplorerSettings.Doses(84,
                        s.doses().count(), s.doses().intervalDays()), s.therapy(), s.ssriLike())
                .apply(base);
        assertThat(built.treatments()).containsExactly(EsketamineNasal.standard(84,
                spray.days()));
        assertThat(built.therapy()).isEqualTo(base.therapy());
    }

    @Test
    void movedSprayDosesAreEvenlySpacedAndKeepTheSpraysOtherValues() {
        Scenario base = Presets.get("sustain");
        ExplorerSettings s = ExplorerSettings.of(base);
        Scenario built = new ExplorerSettings(s.days(), s.seed(), s.neurons(), 40, s.stress(),
                new ExplorerSettings.Doses(84, 3, 7), s.therapy(), s.ssriLike()).apply(base);
        assertThat(built.treatments()).containsExactly(EsketamineNasal.standard(84,
                List.of(40.0, 47.0, 54.0)));
    }

    @Test
    void changedDosesBecomeEvenlySpacedWithTherapyOverTheSamePeriod() {
        Scenario base = Presets.get("chronic-stress");
        ExplorerSettings s = ExplorerSettings.of(base);
        Scenario built = new ExplorerSettings(s.days(), s.seed(), s.neurons(), 40, s.stress(),
                new ExplorerSettings.Doses(1.0, 3, 3), new ExplorerSettings.Therapy(true, 2), true)
                .apply(base);
        assertThat(built.treatments()).containsExactlyInAnyOrder(
                new NmdaBlock(1.0, 40, List.of(40.0, 43.0, 46.0)), new Monoaminergic(40, 84));
        assertThat(built.therapy()).containsExactly(new TherapySchedule(40, 2, 4, 2));
    }

    @Test
    void smallerNetworksGetFewerCandidateSlots() {
        Scenario base = Presets.get("healthy");
        ExplorerSettings s = ExplorerSettings.of(base);
        Scenario built = new ExplorerSettings(s.days(), s.seed(), 80, s.treatmentStartDay(),
                s.stress(), s.doses(), s.therapy(), s.ssriLike()).apply(base);
        assertThat(built.network().neurons()).isEqualTo(80);
        assertThat(built.network().candidateSynapsesPerNeuron()).isLessThan(80);
    }

    @Test
    void invalidSettingsFailNamingTheProblem() {
        Scenario base = Presets.get("chronic-stress");
        ExplorerSettings s = ExplorerSettings.of(base);
        ExplorerSettings bad = new ExplorerSettings(s.days(), s.seed(), s.neurons(), 80,
                s.stress(), new ExplorerSettings.Doses(0.5, 6, 2), s.therapy(), false);
        assertThatThrownBy(() -> bad.apply(base)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("treatments[0] must end by day 84");
    }
}
