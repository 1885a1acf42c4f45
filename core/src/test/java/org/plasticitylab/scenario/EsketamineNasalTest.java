package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Finding;
import org.plasticitylab.explain.Narrative;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.pharmacology.DrugEffect;
import org.plasticitylab.pharmacology.NasalExposure;
import org.plasticitylab.pharmacology.PkParameters;
import org.plasticitylab.scenario.io.ScenarioFileException;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/** The second drug of the treatment family: esketamine nasal spray, and its preset. */
class EsketamineNasalTest {
    private static final PkParameters PK = PkParameters.ketamine();
    private static final EsketamineNasal SPRAY = EsketamineNasal.standard(84, List.of(1.0));

    /** Steps the spray's exposure minute by minute for 24 h after a dose at time 0. */
    private static double[] concentrationByMinute(EsketamineNasal spray) {
        NasalExposure e = new NasalExposure(PK, PK.ic50MgPerL() / spray.relativePotency(),
                Math.log(2) / (spray.absorptionHalfLifeMinutes() / 60), new double[] {0},
                new double[] {spray.bioavailableMgPerKg()}, 0);
        double[] c = new double[24 * 60 + 1];
        DrugEffect effect = new DrugEffect();
        for (int m = 1; m < c.length; m++) {
            e.advance((m - 1) / 60.0, m / 60.0, effect);
            c[m] = e.concentrationMgPerL();
        }
        return c;
    }

    @Test
    void plasmaPeaksTwentyToFortyMinutesAfterTheSpray() {
        double[] c = concentrationByMinute(SPRAY);
        int tmax = 0;
        for (int m = 0; m < c.length; m++) {
            tmax = c[m] > c[tmax] ? m : tmax;
        }
        assertThat(tmax).isBetween(20, 40);
    }

    @Test
    void theBioavailableDoseIsWhatReachesPlasma() {
        // All that is absorbed is cleared: AUC * CL = F * dose / weight (mg/kg).
        double[] c = concentrationByMinute(EsketamineNasal.standard(56, List.of(1.0)));
        double auc = 0;
        for (int m = 1; m < c.length; m++) {
            auc += 0.5 * (c[m - 1] + c[m]) / 60;
        }
        double clearance = PK.k10PerHour() * PK.centralVolumeLPerKg();
        assertThat(auc * clearance).isCloseTo(56 * 0.48 / 70, within(0.005 * 56 * 0.48 / 70));
    }

    @Test
    void dosesAreInMilligramsForTheGivenBodyWeight() {
        assertThat(new EsketamineNasal(84, 60, 0.48, 20, 1.8, List.of(1.0))
                .bioavailableMgPerKg()).isCloseTo(84 * 0.48 / 60, within(1e-12));
        assertThat(SPRAY.description()).contains("84 mg").contains("70 kg").contains("day 1");
        assertThat(SPRAY.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TreatmentEvent.Kind.DOSE);
            assertThat(e.what()).isEqualTo("84 mg esketamine nasal spray");
            assertThat(e.numbers()).containsEntry("dose_mg", 84.0);
        });
        assertThat(SPRAY.cautions()).isEmpty();
        assertThat(EsketamineNasal.standard(112, List.of(1.0)).cautions()).singleElement()
                .asString().startsWith("dose_mg 112 is above the highest labelled dose");
    }

    @Test
    void badValuesAreRefusedByName() {
        assertThatThrownBy(() -> new EsketamineNasal(84, 70, 1.5, 20, 1.8, List.of(1.0)))
                .hasMessageContaining("bioavailability");
        assertThatThrownBy(() -> EsketamineNasal.standard(84, List.of(3.0, 2.0)))
                .hasMessageContaining("days must be sorted");
        assertThatThrownBy(() -> Scenario.builder("two").days(5)
                .treatment(SPRAY).treatment(new EsketamineNasal(56, 70, 0.48, 10, 1.8,
                        List.of(3.0))).build())
                .hasMessageContaining("must share absorption_half_life_minutes");
    }

    @Test
    void aFileNamesItsTypeAndTakesADoseSchedule() {
        Scenario s = ScenarioFiles.parse("""
                name: spray
                days: 10
                treatments:
                  - type: esketamine-nasal
                    dose_mg: 56
                    schedule: {first_day: 2, every_days: 3.5, count: 2}
                """, ScenarioFormat.YAML, "spray.yaml");
        assertThat(s.treatments()).containsExactly(EsketamineNasal.standard(56,
                List.of(2.0, 5.5)));
        String written = ScenarioFiles.write(s, ScenarioFormat.YAML,
                org.plasticitylab.scenario.io.ModelDetail.CHANGES);
        assertThat(written).contains("type: esketamine-nasal").contains("dose_mg: 56");
        assertThat(ScenarioFiles.parse(written, ScenarioFormat.YAML, "back.yaml")).isEqualTo(s);
    }

    @Test
    void anUnknownTypeIsAnErrorThatListsTheRegisteredOnes() {
        assertThatThrownBy(() -> ScenarioFiles.parse("""
                name: typo
                treatments:
                  - type: esketamine
                    dose_mg: 56
                    days: [1]
                """, ScenarioFormat.YAML, "typo.yaml"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("treatments[0].type")
                .hasMessageContaining("esketamine-nasal");
    }

    @Test
    void theSprayBlocksReceptorsAndExplainDescribesEachDose() {
        Scenario s = Scenario.builder("spray").days(3).burnInDays(1).seed(2)
                .network(new NetworkSpec(120, 30)).stress(0, 3, 0.8)
                .treatment(EsketamineNasal.standard(56, List.of(1.0, 2.0))).build();
        Result r = Simulation.run(s);
        double before = r.series().valueAt(Column.NMDA_OCCUPANCY, 23);
        double[] occupancy = r.series().column(Column.NMDA_OCCUPANCY);
        assertThat(before).isZero();
        assertThat(java.util.Arrays.stream(occupancy).max().orElseThrow()).isGreaterThan(0.5);
        List<Finding> doses = Narrative.explain(r, List.of()).findings().stream()
                .filter(f -> f.topic().equals("dose")).toList();
        assertThat(doses).hasSize(2);
        assertThat(doses.get(0).text()).startsWith("Dose 1: 56 mg esketamine nasal spray on day 1.");
        assertThat(doses.get(0).numbers()).containsEntry("dose_mg", 56.0)
                .containsKey("peak_occupancy");
    }

    @Test
    void sustainFollowsSustainOnesSchedule() {
        Scenario s = Presets.get("sustain");
        EsketamineNasal spray = (EsketamineNasal) s.treatments().get(0);
        List<Double> days = spray.days();
        assertThat(days.subList(0, 8)).allMatch(d -> d >= 42 && d < 42 + 28);
        assertThat(days.subList(8, 12)).containsExactly(70.0, 77.0, 84.0, 91.0);
        for (int i = 13; i < days.size(); i++) {
            assertThat(days.get(i) - days.get(i - 1)).isEqualTo(14);
        }
        assertThat(s.days()).isGreaterThanOrEqualTo(26 * 7);
        assertThat(s.therapy()).isNotEmpty();
    }
}
