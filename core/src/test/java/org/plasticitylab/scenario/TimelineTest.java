package org.plasticitylab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void everyDoseIsAFortyMinuteInfusionEvent() {
        assertThat(timeline.doseDays()).containsExactly(42.0, 44.0, 46.0, 49.0, 51.0, 53.0);
        TreatmentEvent first = timeline.events().get(0);
        assertThat(first.kind()).isEqualTo(TreatmentEvent.Kind.DOSE);
        assertThat(first.startHours()).isEqualTo(42 * 24);
        assertThat(first.durationHours()).isCloseTo(40.0 / 60, within(1e-9));
        assertThat(first.key()).isEqualTo("days[0]");
    }
}
