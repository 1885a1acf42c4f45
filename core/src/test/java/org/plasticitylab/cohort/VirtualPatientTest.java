package org.plasticitylab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;

/**
 * The draw of a patient: deterministic, its own stream, log-normal with the documented CV, the
 * BDNF genotype Bernoulli with the documented probability.
 */
class VirtualPatientTest {
    private static final ModelParameters MODEL = ModelParameters.defaults();
    private static final int DRAWS = 40_000;

    @Test
    void theSameKeysDrawTheSamePatient() {
        VirtualPatient a = VirtualPatient.draw(5, 7, MODEL, PatientVariability.defaults());
        assertThat(VirtualPatient.draw(5, 7, MODEL, PatientVariability.defaults())).isEqualTo(a);
        assertThat(a.seed()).isNotNegative();
        assertThat(VirtualPatient.draw(5, 8, MODEL, PatientVariability.defaults()))
                .isNotEqualTo(a);
        assertThat(VirtualPatient.draw(6, 7, MODEL, PatientVariability.defaults()).seed())
                .isNotEqualTo(a.seed());
    }

    @Test
    void patientSevenDoesNotDependOnTheCohortSize() {
        Scenario s = Scenario.builder("any").seed(3).build();
        VirtualPatient ofTen = Cohort.builder(s, 10).build().patients().get(7);
        VirtualPatient ofTwenty = Cohort.builder(s, 20).threads(3).build().patients().get(7);
        assertThat(ofTen).isEqualTo(ofTwenty);
        assertThat(ofTen).isEqualTo(VirtualPatient.draw(3, 7, MODEL,
                PatientVariability.defaults()));
    }

    @Test
    void withoutVariabilityEveryPatientIsTypical() {
        VirtualPatient p = VirtualPatient.draw(1, 4, MODEL, PatientVariability.none());
        assertThat(p.parameters()).isEqualTo(PatientParameters.typical(MODEL));
        assertThat(p.parameters().applyTo(MODEL)).isEqualTo(MODEL);
    }

    @Test
    void eachParameterIsLogNormalWithTheModelAsMedianAndTheDocumentedCv() {
        PatientVariability v = PatientVariability.defaults();
        double[][] values = new double[PatientParameter.values().length][DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            PatientParameters p = VirtualPatient.draw(11, i, MODEL, v).parameters();
            for (PatientParameter k : PatientParameter.values()) {
                values[k.ordinal()][i] = p.value(k);
            }
        }
        for (PatientParameter k : PatientParameter.values()) {
            if (k.bernoulli()) {
                continue;
            }
            double[] x = values[k.ordinal()];
            double typical = k.typical(MODEL);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(x).map(d -> (d - mean) * (d - mean)).sum()
                    / (DRAWS - 1));
            double logMean = Arrays.stream(x).map(d -> Math.log(d / typical)).average()
                    .orElseThrow();
            assertThat(sorted[DRAWS / 2] / typical).as(k + " median").isCloseTo(1, within(0.01));
            assertThat(logMean).as(k + " log mean").isCloseTo(0, within(0.01));
            assertThat(sd / mean).as(k + " CV").isCloseTo(v.cv(k), within(0.02));
        }
    }

    @Test
    void aThirdOfThePatientsCarryTheMetAllele() {
        PatientVariability v = PatientVariability.defaults();
        int carriers = 0;
        for (int i = 0; i < DRAWS; i++) {
            double g = VirtualPatient.draw(11, i, MODEL, v).parameters()
                    .value(PatientParameter.BDNF_MET_CARRIER);
            assertThat(g).isIn(0.0, 1.0);
            carriers += (int) g;
        }
        assertThat((double) carriers / DRAWS).isCloseTo(v.metCarrierProbability(),
                within(0.01));
    }

    @Test
    void theGenotypeDrawsAfterTheOtherParametersAndLeavesThemAsTheyWere() {
        PatientVariability with = PatientVariability.defaults();
        PatientVariability without = new PatientVariability(with.clearanceCv(),
                with.centralVolumeCv(), with.ic50Cv(), with.stressSensitivityCv(),
                with.positiveBaseCv(), 0);
        for (int i = 0; i < 50; i++) {
            VirtualPatient a = VirtualPatient.draw(42, i, MODEL, with);
            VirtualPatient b = VirtualPatient.draw(42, i, MODEL, without);
            assertThat(a.seed()).isEqualTo(b.seed());
            for (PatientParameter k : PatientParameter.values()) {
                if (!k.bernoulli()) {
                    assertThat(a.parameters().value(k)).isEqualTo(b.parameters().value(k));
                }
            }
        }
    }

    @Test
    void aMetCarrierHasTheBluntedBoostGain() {
        ModelParameters carrier = new PatientParameters(1.5, 1.0, 0.2, 1.3, 0.1, 1)
                .applyTo(MODEL);
        assertThat(carrier.plasticity().effectiveBoostGainPerHour()).isEqualTo(
                MODEL.plasticity().boostGainPerHour() * MODEL.plasticity().metBoostFactor());
        assertThat(MODEL.plasticity().effectiveBoostGainPerHour())
                .isEqualTo(MODEL.plasticity().boostGainPerHour());
    }

    @Test
    void thePatientModelHasTheDrawnValues() {
        PatientParameters p = new PatientParameters(1.5, 1.0, 0.2, 1.3, 0.1, 1);
        ModelParameters m = p.applyTo(MODEL);
        assertThat(m.pharmacokinetics().k10PerHour()).isEqualTo(1.5);
        assertThat(m.pharmacokinetics().centralVolumeLPerKg()).isEqualTo(1.0);
        assertThat(m.pharmacokinetics().ic50MgPerL()).isEqualTo(0.2);
        assertThat(m.pharmacokinetics().k12PerHour()).isEqualTo(MODEL.pharmacokinetics()
                .k12PerHour());
        assertThat(m.behaviour().stressSensitivity()).isEqualTo(1.3);
        assertThat(m.input().positiveBase()).isEqualTo(0.1);
        assertThat(m.plasticity().bdnfMetCarrier()).isEqualTo(1);
        assertThat(PatientParameters.typical(m)).isEqualTo(p);
    }

    @Test
    void thePositiveRateIsCappedAtOne() {
        assertThat(PatientVariability.defaults().value(PatientParameter.POSITIVE_BASE, 0.15, 9))
                .isEqualTo(1);
        assertThat(PatientVariability.defaults().value(PatientParameter.CLEARANCE, 1, 9))
                .isGreaterThan(1);
    }
}
