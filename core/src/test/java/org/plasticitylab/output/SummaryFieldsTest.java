package org.plasticitylab.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.io.Keys;

class SummaryFieldsTest {

    @Test
    void theNamesAreTheRecordComponentsInOrder() {
        List<String> components = new ArrayList<>();
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            components.add(Keys.snake(c.getName()));
        }
        assertThat(SummaryFields.NAMES).isEqualTo(components);
    }

    @Test
    void eachValueIsItsOwnComponent() {
        List<Double> distinct = new ArrayList<>();
        for (int i = 0; i < SummaryFields.NAMES.size(); i++) {
            distinct.add(i + 0.5);
        }
        Summary summary = SummaryFields.summary(distinct);
        assertThat(SummaryFields.values(summary)).isEqualTo(distinct);
    }
}
