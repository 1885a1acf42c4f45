package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void snakeCaseOfJavaNames() {
        assertThat(Keys.snake("tauBoostHours")).isEqualTo("tau_boost_hours");
        assertThat(Keys.snakeWords("toDay must be after fromDay (1.0)"))
                .isEqualTo("to_day must be after from_day (1.0)");
    }

    @Test
    void suggestsOnlyPlausibleTypos() {
        assertThat(Keys.closest("dayz", List.of("days", "seed"))).contains("days");
        assertThat(Keys.closest("banana", List.of("days", "seed"))).isEmpty();
        assertThat(Keys.levenshtein("kitten", "sitting")).isEqualTo(3);
    }
}
