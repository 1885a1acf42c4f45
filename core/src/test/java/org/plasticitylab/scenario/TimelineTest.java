package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {
    private final Timeline timeline = new Timeline(Presets.get("ketamine-series-therapy"));

    @Test
    void stressCoversItsPeriodOnly() {
        assertThat(timeline.stressAt(-1)).isZero();
        assertThat(timeline.stressAt(0)).isEqualTo(0.8);
        assertThat(timeline.stressAt(84 * 24 - 0.25)).isEqualTo(0.8);
    }

    @Test
    void therapyRunsTwoHoursEveryOtherDay() {
        assertThat(timeline.therapyAt(42 * 24)).isEqualTo(1);
        assertThat(timeline.therapyAt(42 * 24 + 1.75)).isEqualTo(1);
        assertThat(timeline.therapyAt(42 * 24 + 2)).isZero();
        assertThat(timeline.therapyAt(44 * 24 + 1)).isEqualTo(1);
        assertThat(timeline.therapyAt(56 * 24 + 1)).isZero();
    }

    @Test
    void everyDoseBecomesAFortyMinuteInfusion() {
        assertThat(timeline.infusions()).hasSize(6);
        assertThat(timeline.infusions().get(0).startHours()).isEqualTo(42 * 24);
        assertThat(timeline.infusions().get(0).durationHours()).isEqualTo(40.0 / 60);
    }
}
