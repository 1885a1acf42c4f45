package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.pharmacology.PkParameters;

/** Each bad value is refused with an IllegalArgumentException naming it and its value. */
class ScenarioValidationTest {
    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("doseMgPerKg must be > 0 and finite, was -1.0",
                        () -> new NmdaBlock(-1, 40, List.of(1.0))),
                bad("infusionMinutes must be > 0 and finite, was NaN",
                        () -> new NmdaBlock(0.5, Double.NaN, List.of(1.0))),
                bad("days must name at least one dose day", () -> new NmdaBlock(0.5, 40, List.of())),
                bad("days must be sorted", () -> new NmdaBlock(0.5, 40, List.of(3.0, 2.0))),
                bad("level must be in [0.0, 1.0], was 1.5", () -> new StressPeriod(0, 10, 1.5)),
                bad("toDay must be after fromDay (5.0), was 5.0", () -> new StressPeriod(5, 5, 0.5)),
                bad("count must be >= 1, was 0", () -> new TherapySchedule(1, 2, 0, 2)),
                bad("durationHours must be shorter than everyDays",
                        () -> new TherapySchedule(1, 1, 3, 30)),
                bad("neurons must be a multiple of 4", () -> new NetworkSpec(401, 80)),
                bad("neurons must be >= 20, was 4", () -> new NetworkSpec(4, 2)),
                bad("candidateSynapsesPerNeuron must leave distinct presynaptic units",
                        () -> new NetworkSpec(40, 80)),
                bad("k10PerHour must be > 0 and finite, was 0.0",
                        () -> new PkParameters(1.2, 0, 1.79, 1, 0.12)),
                bad("days must be > 0 and finite, was 0.0",
                        () -> Scenario.builder("x").days(0).build()),
                bad("dtHours must be in", () -> Scenario.builder("x").dtHours(48).build()),
                bad("name must not be blank", () -> Scenario.builder(" ").build()),
                bad("stress[0].toDay must be <= days (10.0), was 20.0",
                        () -> Scenario.builder("x").days(10).stress(0, 20, 0.5).build()),
                bad("stress[1] must start after stress[0] ends",
                        () -> Scenario.builder("x").stress(0, 10, 0.5).stress(5, 20, 0.5).build()),
                bad("treatments[0] must end by day 10.0",
                        () -> Scenario.builder("x").days(10).treatment(NmdaBlock.standard(12.0))
                                .build()),
                bad("therapy[0] must start its last session before day 10.0",
                        () -> Scenario.builder("x").days(10)
                                .therapy(new TherapySchedule(2, 2, 5, 2)).build()),
                bad("therapy[1] must start after therapy[0]'s last session ends",
                        () -> Scenario.builder("x").therapy(new TherapySchedule(2, 2, 5, 2))
                                .therapy(new TherapySchedule(5, 1, 1, 2)).build()));
    }

    private static Arguments bad(String message, Executable construct) {
        return Arguments.of(message, construct);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void refusesWithAMessageNamingTheParameterAndValue(String message, Executable construct) {
        assertThatThrownBy(construct::execute).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void defaultsFollowTheModelDocument() {
        Scenario s = Scenario.builder("x").build();
        assertThat(s.days()).isEqualTo(84);
        assertThat(s.dtHours()).isEqualTo(0.25);
        assertThat(s.burnInDays()).isEqualTo(14);
        assertThat(s.steps()).isEqualTo(8064);
        assertThat(s.network()).isEqualTo(new NetworkSpec(400, 80));
    }

    @Test
    void presetsMatchTheModelDocument() {
        assertThat(Presets.names()).containsExactly("healthy", "chronic-stress", "ketamine-single",
                "ketamine-series", "therapy-only", "ketamine-series-therapy", "maintenance",
                "sustain", "ssri-like", "stress-relief");
        Scenario combined = Presets.get("ketamine-series-therapy");
        Scenario therapyOnly = Presets.get("therapy-only");
        assertThat(therapyOnly.therapy()).isEqualTo(combined.therapy());
        assertThat(therapyOnly.treatments()).isEmpty();
        assertThat(((NmdaBlock) Presets.get("ketamine-series").treatments().get(0)).days())
                .containsExactly(42.0, 44.0, 46.0, 49.0, 51.0, 53.0);
        assertThatThrownBy(() -> Presets.get("nope")).hasMessageContaining("presets are");
    }
}
