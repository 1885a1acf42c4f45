package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.scenario.io.ProblemAssert.at;
import static org.plasticitylab.scenario.io.ProblemAssert.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidationTest {
    @Test
    void reportsEveryProblemAtOnceWithLineColumnPathAndReason() {
        List<Problem> problems = problems("""
                name: many-problems
                days: 50
                treatments:
                  - type: nmda-block
                    dose_mg_per_kg: -0.5
                    infusion_minutes: 0
                    days: [42]
                  - type: nmda-block
                    dose_mg_per_kg: 0.5
                    days: [60]
                """);
        assertThat(problems).hasSize(3);
        assertThat(at(problems, "treatments[0].dose_mg_per_kg"))
                .isEqualTo(new Problem(5, 5, "treatments[0].dose_mg_per_kg",
                        "must be > 0 and finite, was -0.5"));
        assertThat(at(problems, "treatments[0].infusion_minutes").line()).isEqualTo(6);
        assertThat(at(problems, "treatments[1].days[0]").message())
                .isEqualTo("must be <= days (50.0), the end of the scenario, was 60.0");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        Problem p = at(problems("name: x\ndayz: 84\n"), "dayz");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("unknown key \"dayz\"; did you mean \"days\"?");
    }

    @Test
    void unknownModelParameterSuggestsTheClosestParameter() {
        Problem p = at(problems("name: x\nmodel:\n  plasticity: {tau_boost_hour: 48}\n"),
                "model.plasticity.tau_boost_hour");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(16);
        assertThat(p.message()).contains("did you mean \"tau_boost_hours\"?");
    }

    @Test
    void nameIsRequiredAndMustBeAFolderName() {
        assertThat(at(problems("days: 10\n"), "").message()).contains("name is required");
        assertThat(at(problems("name: ../etc\n"), "name").message()).contains("folder");
    }

    @Test
    void notANumberAndInfinityAreRejected() {
        List<Problem> problems = problems("name: x\ndt_hours: .nan\nburn_in_days: .inf\n");
        assertThat(at(problems, "dt_hours").message()).isEqualTo("must be a finite number, was NaN");
        assertThat(at(problems, "burn_in_days").message()).contains("Infinity");
    }

    @Test
    void wrongTypesAreRejected() {
        List<Problem> problems = problems("""
                name: x
                days: "84"
                seed: 1.5
                network: [400]
                stress: {from_day: 0}
                """);
        assertThat(at(problems, "days").message()).isEqualTo("must be a number, was the text \"84\"");
        assertThat(at(problems, "seed").message()).isEqualTo("must be a whole number, was 1.5");
        assertThat(at(problems, "network").message()).contains("must be a mapping");
        assertThat(at(problems, "stress").message()).contains("must be a list");
    }

    @Test
    void timesOutsideTheScenarioAreRejected() {
        List<Problem> problems = problems("""
                name: x
                days: 30
                stress: [{from_day: 0, to_day: 40}]
                treatments: [{type: monoaminergic, from_day: 10, to_day: 31}]
                therapy: [{first_day: 20, every_days: 5, count: 3}]
                """);
        assertThat(at(problems, "stress[0].to_day").line()).isEqualTo(3);
        assertThat(at(problems, "treatments[0].to_day").message()).contains("<= days (30.0)");
        assertThat(at(problems, "therapy[0]").message()).contains("starts on day 30.0");
    }

    @Test
    void overlappingOrUnsortedSchedulesAreRejected() {
        List<Problem> problems = problems("""
                name: x
                stress:
                  - {from_day: 20, to_day: 40}
                  - {from_day: 10, to_day: 30}
                therapy:
                  - {first_day: 10, every_days: 2, count: 5}
                  - {first_day: 12}
                treatments:
                  - {type: nmda-block, days: [44, 42]}
                """);
        assertThat(at(problems, "stress[1].from_day").message()).contains("sorted");
        assertThat(at(problems, "therapy[1].first_day").message()).contains("must not overlap");
        assertThat(at(problems, "treatments[0].days").message()).contains("must be sorted");
    }

    @Test
    void crossFieldRulesOfARecordAreReported() {
        Problem p = at(problems("name: x\nstress: [{from_day: 10, to_day: 5}]\n"),
                "stress[0].to_day");
        assertThat(p.message()).isEqualTo("must be after from_day (10.0), was 5.0");
    }

    @Test
    void treatmentsNeedAKnownTypeAndDoseDays() {
        List<Problem> problems = problems("""
                name: x
                treatments:
                  - {type: nmda-blok}
                  - {dose_mg_per_kg: 0.5}
                  - {type: nmda-block}
                  - {type: nmda-block, days: [1], schedule: {first_day: 1}}
                """);
        assertThat(at(problems, "treatments[0].type").message())
                .contains("did you mean \"nmda-block\"?");
        assertThat(at(problems, "treatments[1]").message()).contains("needs a type");
        assertThat(at(problems, "treatments[2]").message()).contains("needs its dose days");
        assertThat(at(problems, "treatments[3].schedule").message()).contains("not both");
    }

    @Test
    void doseScheduleExpandsToDays() {
        var s = ScenarioFiles.parse("""
                name: x
                treatments:
                  - {type: nmda-block, schedule: {first_day: 42, every_days: 2.5, count: 3}}
                """, ScenarioFormat.YAML, "t");
        assertThat(s.treatments().get(0)).isEqualTo(
                new org.plasticitylab.scenario.NmdaBlock(0.5, 40, List.of(42.0, 44.5, 47.0)));
    }

    @Test
    void absurdSizesSayHowMuchMemoryTheyNeed() {
        Problem p = at(problems("name: x\nnetwork: {neurons: 4000000, "
                + "candidate_synapses_per_neuron: 250}\n"), "network");
        assertThat(p.message()).contains("needs about 23.3 GiB of memory").contains("this Java VM");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(at(problems("name: x\ndays: 10\ndays: 20\n"), "days").line()).isEqualTo(3);
    }

    @Test
    void jsonProblemsCarryLinesToo() {
        ScenarioFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ScenarioFileException.class, () -> ScenarioFiles.parse(
                        "{\n  \"name\": \"x\",\n  \"days\": NaN\n}", ScenarioFormat.JSON, "t.json"));
        assertThat(e.problems()).containsExactly(
                new Problem(3, 3, "days", "must be a finite number, was NaN"));
    }
}
