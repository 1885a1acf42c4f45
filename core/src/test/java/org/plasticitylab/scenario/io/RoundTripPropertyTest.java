package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.plasticity.PlasticityStateParameters;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;

/** Any valid scenario survives write-then-read unchanged, in every format and detail. */
class RoundTripPropertyTest {
    @Property(tries = 150)
    void yamlWithChangedParametersOnly(@ForAll("scenarios") Scenario s) {
        assertRoundTrip(s, ScenarioFormat.YAML, ModelDetail.CHANGES);
    }

    @Property(tries = 40)
    void yamlWithEveryParameter(@ForAll("scenarios") Scenario s) {
        assertRoundTrip(s, ScenarioFormat.YAML, ModelDetail.ALL);
    }

    @Property(tries = 40)
    void json(@ForAll("scenarios") Scenario s) {
        assertRoundTrip(s, ScenarioFormat.JSON, ModelDetail.CHANGES);
    }

    private static void assertRoundTrip(Scenario s, ScenarioFormat format, ModelDetail detail) {
        String text = ScenarioFiles.write(s, format, detail);
        assertThat(ScenarioFiles.parse(text, format, "generated")).as(text).isEqualTo(s);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.doubles().between(1, 200).ofScale(12).flatMap(days -> Combinators.combine(
                header(), networks(), stress(days), treatments(days), therapy(days), models())
                .as((header, network, stress, treatments, therapy, model) -> {
                    ScenarioBuilder b = header.toBuilder().days(days).network(network)
                            .model(model);
                    stress.forEach(p -> b.stress(p[0], p[1], p[2]));
                    treatments.forEach(b::treatment);
                    therapy.forEach(b::therapy);
                    return b.build();
                }));
    }

    private Arbitrary<Scenario> header() {
        Arbitrary<String> names = Arbitraries.strings().alpha().numeric().withChars("._-")
                .ofMinLength(1).ofMaxLength(12).filter(n -> Character.isLetterOrDigit(n.charAt(0)));
        Arbitrary<String> descriptions = Arbitraries.strings().withCharRange(' ', '~')
                .withChars("äé€\n\t").ofMaxLength(60);
        return Combinators.combine(names, descriptions, Arbitraries.longs(),
                Arbitraries.doubles().between(0.02, 24).ofScale(12), Arbitraries.doubles().between(0, 30).ofScale(12),
                Arbitraries.doubles().between(0, 48).ofScale(12))
                .as((name, description, seed, dt, burnIn, sample) -> Scenario.builder(name)
                        .description(description).seed(seed).dtHours(dt).burnInDays(burnIn)
                        .sampleEveryHours(sample).build());
    }

    private Arbitrary<NetworkSpec> networks() {
        return Combinators.combine(Arbitraries.integers().between(20, 100),
                Arbitraries.integers().between(5, 20))
                .as((quarter, candidates) -> new NetworkSpec(quarter * 4, candidates));
    }

    private Arbitrary<List<double[]>> stress(double days) {
        return Combinators.combine(fractionOf(days).set().ofMaxSize(4),
                Arbitraries.doubles().between(0, 1).ofScale(12)).as((cuts, level) -> {
                    List<Double> sorted = new ArrayList<>(new TreeSet<>(cuts));
                    List<double[]> periods = new ArrayList<>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        periods.add(new double[] {sorted.get(i), sorted.get(i + 1), level});
                    }
                    return periods;
                });
    }

    private Arbitrary<List<Treatment>> treatments(double days) {
        Arbitrary<NmdaBlock> block = Combinators.combine(
                Arbitraries.doubles().between(0.01, 5).ofScale(12), Arbitraries.doubles().between(1, 120).ofScale(12),
                Arbitraries.integers().between(0, (int) days).set().ofMinSize(1).ofMaxSize(8),
                Arbitraries.doubles().between(0, 0.5).ofScale(12))
                .as((dose, minutes, whole, offset) -> new NmdaBlock(dose, minutes,
                        new TreeSet<>(whole).stream().map(d -> Math.min(days, d + offset))
                                .distinct().toList()));
        Arbitrary<Monoaminergic> mono = fractionOf(days / 2)
                .map(from -> new Monoaminergic(from, days));
        return Combinators.combine(block.optional(), mono.optional()).as((b, m) -> {
            List<Treatment> list = new ArrayList<>();
            b.ifPresent(list::add);
            m.ifPresent(list::add);
            return list;
        });
    }

    private Arbitrary<List<TherapySchedule>> therapy(double days) {
        return Combinators.combine(fractionOf(days / 2),
                Arbitraries.doubles().between(0.5, 5).ofScale(12), Arbitraries.integers().between(1, 20),
                Arbitraries.doubles().between(0.1, 4).ofScale(12)).as((first, every, count, hours) -> {
                    int fits = 1 + (int) Math.floor((days - first) / every * 0.999);
                    return new TherapySchedule(first, every, Math.min(count, fits),
                            Math.min(hours, every * 24 - 0.1));
                }).optional().map(t -> t.map(List::of).orElse(List.of()));
    }

    /** Values in [0, max]; bounds computed from generated values would exceed jqwik's scale. */
    private static Arbitrary<Double> fractionOf(double max) {
        return Arbitraries.doubles().between(0, 1).ofScale(12).map(f -> f * max);
    }

    private Arbitrary<ModelParameters> models() {
        return Combinators.combine(Arbitraries.doubles().between(7, 3500).ofScale(6).map(x -> x / 7),
                Arbitraries.doubles().between(0, 1).ofScale(12)).as((tau, penalty) -> {
                    ModelParameters d = ModelParameters.defaults();
                    PlasticityStateParameters p = d.plasticity();
                    return new ModelParameters(d.synapses(), d.activity(), d.input(),
                            new PlasticityStateParameters(p.boostGainPerHour(), tau, penalty,
                                    p.monoamineGain(), p.tauMonoamineHours(), p.bdnfMetCarrier(),
                                    p.metBoostFactor()),
                            d.hebbian(), d.turnover(), d.pharmacokinetics(), d.probe(),
                            d.behaviour(), d.rule());
                });
    }

    /** Texts that YAML 1.1 would read, unquoted, as numbers, booleans or null. */
    @net.jqwik.api.Example
    void namesThatLookLikeOtherValuesSurvive() {
        List<String> names = List.of("4_", "1_000", "0x1F", "0b101", "0o17", "1e3", "12", "yes",
                "off", "null", "true");
        List<String> descriptions = List.of("1:20", "~", "+1", ".5", "-.inf", ".NaN", "4_");
        for (int i = 0; i < names.size(); i++) {
            Scenario s = Scenario.builder(names.get(i))
                    .description(descriptions.get(i % descriptions.size())).build();
            for (ScenarioFormat format : ScenarioFormat.values()) {
                assertRoundTrip(s, format, ModelDetail.CHANGES);
            }
        }
    }
}
