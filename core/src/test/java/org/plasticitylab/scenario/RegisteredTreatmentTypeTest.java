package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Narrative;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.pharmacology.DosePeak;
import org.plasticitylab.pharmacology.DrugEffect;
import org.plasticitylab.pharmacology.Exposure;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * A treatment type a library registers ({@link TreatmentTypes#register}) is read from files, run,
 * charted and explained like a built-in one, with no change elsewhere.
 */
class RegisteredTreatmentTypeTest {
    @BeforeAll
    static void registerSaline() {
        TreatmentTypes.register(new SalineType());
    }

    /**
     * A placebo: saline injections that do nothing to the body.
     *
     * @param days the injection days
     */
    public record Saline(List<Double> days) implements Treatment {
        @Override
        public String type() {
            return "saline";
        }

        @Override
        public double lastDay() {
            return days.get(days.size() - 1);
        }

        @Override
        public Optional<Treatment> truncatedTo(double scenarioDays) {
            List<Double> kept = days.stream().filter(d -> d < scenarioDays).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new Saline(kept));
        }

        @Override
        public List<TreatmentEvent> events() {
            return days.stream().map(d -> new TreatmentEvent(TreatmentEvent.Kind.DOSE, d, d,
                    "days", "a saline injection", Map.of())).toList();
        }

        @Override
        public String description() {
            return "Saline (placebo) injections on " + days.size() + " days";
        }
    }

    /** The registered type: its exposure adds nothing. */
    public static class SalineType implements TreatmentType<Saline> {
        @Override
        public String name() {
            return "saline";
        }

        @Override
        public Class<Saline> treatmentClass() {
            return Saline.class;
        }

        @Override
        public Saline template(double scenarioDays) {
            return new Saline(List.of(0.0));
        }

        @Override
        public Exposure exposure(List<Saline> treatments, ModelParameters model,
                double startHours) {
            return new Exposure() {
                @Override
                public void advance(double fromHours, double untilHours, DrugEffect effect) {
                }

                @Override
                public void addNow(double hours, DrugEffect effect) {
                }

                @Override
                public Optional<DosePeak> lastPeak() {
                    return Optional.empty();
                }

                @Override
                public void save(DataOutput out) {
                }

                @Override
                public void restore(BoundedInput in) {
                }
            };
        }

        @Override
        public Map<String, Object> fields(Saline treatment) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("days", treatment.days());
            return fields;
        }

        @Override
        public Saline fromFields(Map<String, Object> fields, double scenarioDays) {
            return new Saline(new TreatmentFields(name(), fields, List.of("days")).days(
                    template(scenarioDays).days()));
        }
    }

    @Test
    void registeringAgainIsHarmlessButAnotherTypeOfTheSameNameIsRefused() {
        TreatmentTypes.register(new SalineType());
        assertThatThrownBy(() -> TreatmentTypes.register(new SalineType() { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two treatment types are named \"saline\"");
    }

    @Test
    void aRegisteredTypeIsReadRunAndExplained() {
        assertThat(TreatmentTypes.names()).startsWith(NmdaBlock.TYPE, Monoaminergic.TYPE,
                EsketamineNasal.TYPE).contains("saline");
        Scenario s = ScenarioFiles.parse("""
                name: placebo
                days: 3
                burn_in_days: 1
                network: {neurons: 120, candidate_synapses_per_neuron: 30}
                treatments:
                  - type: saline
                    days: [1, 2]
                """, ScenarioFormat.YAML, "placebo.yaml");
        assertThat(s.treatments()).containsExactly(new Saline(List.of(1.0, 2.0)));
        Result r = Simulation.run(s);
        assertThat(r.series().column(Column.NMDA_OCCUPANCY)).containsOnly(0.0);
        assertThat(new Timeline(s).doseDays()).containsExactly(1.0, 2.0);
        assertThat(Narrative.explain(r, List.of()).text())
                .contains("Dose 1: a saline injection on day 1.");
    }
}
