package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plasticitylab.internal.Rng;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;

/** The contract every {@link PlasticityRule} must keep. */
class PlasticityRuleContractTest {
    private static final double MAX = SynapseParameters.defaults().maxWeight();

    static Stream<Arguments> rules() {
        BiFunction<HebbianParameters, Double, PlasticityRule> bcm = PresynapticBcmRule::new;
        BiFunction<HebbianParameters, Double, PlasticityRule> oja = OjaRule::new;
        return Stream.of(Arguments.of("presynaptic BCM", bcm), Arguments.of("Oja", oja));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void weightsStayWithinBoundsAndEmptySlotsStayEmpty(String name,
            BiFunction<HebbianParameters, Double, PlasticityRule> factory) {
        Network net = network();
        PlasticityRule rule = factory.apply(new HebbianParameters(5, 0.3, 0.004), MAX);
        Rng rng = new Rng(7, 0);
        double[] rate = new double[net.neurons()];
        for (int step = 0; step < 200; step++) {
            for (int i = 0; i < rate.length; i++) {
                rate[i] = rng.nextDouble();
            }
            for (int post = 0; post < net.neurons(); post++) {
                rule.update(net, post, rate, 3 * rng.nextDouble(), rng.nextDouble(), 0.25);
            }
        }
        for (int s = 0; s < net.slots(); s++) {
            assertThat(net.weight()[s]).isBetween(0f, (float) MAX);
            if (net.present()[s] == 0) {
                assertThat(net.weight()[s]).isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void noActivityGivesNoHebbianChange(String name,
            BiFunction<HebbianParameters, Double, PlasticityRule> factory) {
        Network net = network();
        float[] before = net.weight().clone();
        PlasticityRule rule = factory.apply(new HebbianParameters(0.05, 0.3, 0), MAX);
        double[] silent = new double[net.neurons()];
        for (int post = 0; post < net.neurons(); post++) {
            rule.update(net, post, silent, 2, 0.5, 0.25);
        }
        assertThat(net.weight()).containsExactly(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void sameInputsGiveSameWeights(String name,
            BiFunction<HebbianParameters, Double, PlasticityRule> factory) {
        Network a = network();
        Network b = network();
        PlasticityRule rule = factory.apply(HebbianParameters.defaults(), MAX);
        double[] rate = new double[a.neurons()];
        Rng rng = new Rng(3, 0);
        for (int i = 0; i < rate.length; i++) {
            rate[i] = rng.nextDouble();
        }
        for (int post = 0; post < a.neurons(); post++) {
            rule.update(a, post, rate, 1.3, 0.2, 0.25);
            rule.update(b, post, rate, 1.3, 0.2, 0.25);
        }
        assertThat(a.weight()).containsExactly(b.weight());
    }

    private static Network network() {
        return Network.build(new NetworkSpec(80, 20), SynapseParameters.defaults(), new Rng(1, 1));
    }
}
