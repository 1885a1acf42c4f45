package org.plasticitylab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.output.SummaryJson;
import org.plasticitylab.output.TimeSeriesCsv;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/** The page's API on the JVM: the same files as the CLI, and refusals as messages. */
class BrowserSessionTest {
    private static final Scenario SMALL = Scenario.builder("small").days(6).burnInDays(1)
            .network(new NetworkSpec(80, 20)).stress(0, 6, 0.8).build();

    @Test
    void aWholeRunGivesTheCliFilesOfTheSameScenario() throws Exception {
        BrowserSession page = new BrowserSession();
        assertThat(page.openYaml(ScenarioYaml.write(SMALL))).isEmpty();
        while (!page.finished()) {
            page.advance(100);
        }
        Result cli = Simulation.run(SMALL);
        Result same = new Result(cli.scenario(), cli.series(), cli.summary(), cli.completed(), 7);
        assertThat(page.summaryJson("v", 7)).isEqualTo(SummaryJson.write(same, "v", true));
        StringWriter csv = new StringWriter();
        TimeSeriesCsv.write(cli.series(), csv);
        assertThat(page.csv()).isEqualTo(csv.toString());
        assertThat(page.rows()).isEqualTo(cli.series().rows());
    }

    @Test
    void changesAreListedAndMarkTheScenarioAsChanged() {
        BrowserSession page = new BrowserSession();
        assertThat(page.openPreset("chronic-stress")).isEmpty();
        assertThat(page.edited()).isFalse();
        page.advance(4 * 24 * 3);
        assertThat(page.doseNow()).isEmpty();
        page.advance(4 * 24);
        assertThat(page.therapyNow()).isEmpty();
        page.advance(4 * 24);
        assertThat(page.stressFromNow(0.3)).isEmpty();
        assertThat(page.changes()).isEqualTo("day 3: dose\nday 4: therapy session\n"
                + "day 5: stress 0.3 from now\n");
        assertThat(page.edited()).isTrue();
        assertThat(page.stressFromNow(2)).contains("level");
        assertThat(page.scenarioYaml()).contains("type: nmda-block");
    }

    @Test
    void refusalsComeBackAsMessages() {
        BrowserSession page = new BrowserSession();
        assertThat(page.openPreset("nope")).startsWith("no preset named \"nope\"");
        assertThat(page.openYaml(ScenarioYaml.write(SMALL))).isEmpty();
        assertThat(page.restartWith(1.5, 0.5, 6)).contains("level");
        assertThat(page.name()).isEqualTo("small");
        while (!page.finished()) {
            page.advance(1000);
        }
        assertThat(page.doseNow()).startsWith("the run is over");
    }

    @Test
    void theSlidersSetStressDoseAndLength() {
        BrowserSession page = new BrowserSession();
        assertThat(page.openPreset("ketamine-single")).isEmpty();
        assertThat(page.restartWith(0.4, 0.8, 70)).isEmpty();
        assertThat(page.stressLevel()).isEqualTo(0.4);
        assertThat(page.dose()).isEqualTo(0.8);
        assertThat(page.doseUnit()).isEqualTo("mg/kg");
        assertThat(page.days()).isEqualTo(70);
    }

    @Test
    void aMovedSliderLeavesTheOtherSettingsAsTheFileHasThem() {
        Scenario file = SMALL.toBuilder().clearStress().stress(0, SMALL.days(), 0.83)
                .clearTreatments().treatment(new NmdaBlock(3, 40, List.of(2.0))).build();
        BrowserSession page = new BrowserSession();
        assertThat(page.openYaml(ScenarioYaml.write(file))).isEmpty();
        assertThat(page.restartWith(Double.NaN, Double.NaN, SMALL.days() + 1)).isEmpty();
        Scenario longer = ScenarioYaml.read(page.scenarioYaml());
        assertThat(longer.days()).isEqualTo(SMALL.days() + 1);
        assertThat(longer.stress()).containsExactly(new StressPeriod(0, SMALL.days() + 1, 0.83));
        assertThat(longer.treatments()).containsExactly(new NmdaBlock(3, 40, List.of(2.0)));
        assertThat(page.restartWith(0.5, Double.NaN, Double.NaN)).isEmpty();
        assertThat(page.stressLevel()).isEqualTo(0.5);
        assertThat(page.dose()).isEqualTo(3);
    }

    @Test
    void onSustainTheDoseIsTheSprayInMgAndANewOneKeepsItsDays() {
        BrowserSession page = new BrowserSession();
        assertThat(page.openPreset("sustain")).isEmpty();
        assertThat(page.dose()).isEqualTo(56);
        assertThat(page.doseUnit()).isEqualTo("mg");
        assertThat(page.doseRange()).containsExactly(28, 112, 28);
        assertThat(page.restartWith(0.8, 84, 182)).isEmpty();
        assertThat(page.dose()).isEqualTo(84);
        EsketamineNasal spray = (EsketamineNasal) Presets.get("sustain").treatments().get(0);
        assertThat(ScenarioYaml.read(page.scenarioYaml()).treatments()).containsExactly(
                EsketamineNasal.standard(84, spray.days()));
        assertThat(page.restartWith(0.8, 200, 182)).isEqualTo(
                "dose_mg must be in [28.0, 112.0], was 200.0");
    }

    @Test
    void withoutADosedTreatmentTheSliderShowsTheNmdaStandard() {
        BrowserSession page = new BrowserSession();
        assertThat(page.openPreset("chronic-stress")).isEmpty();
        assertThat(page.dose()).isEqualTo(0.5);
        assertThat(page.doseUnit()).isEqualTo("mg/kg");
    }
}
