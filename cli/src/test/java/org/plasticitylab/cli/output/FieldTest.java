package org.plasticitylab.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plasticitylab.output.SummaryFields;

class FieldTest {
    @Test
    void aScenarioKeyBecomesANameOfLettersDigitsAndUnderscores() {
        assertThat(Field.columnName("treatments[0].dose_mg_per_kg"))
                .isEqualTo("treatments_0_dose_mg_per_kg");
        assertThat(Field.columnName("treatments[0].days[0]")).isEqualTo("treatments_0_days_0");
        assertThat(Field.ofKey("stress[0].level", "x").scenarioKey()).isEqualTo("stress[0].level");
    }

    @Test
    void anUnknownTypeOrANameRWouldRenameIsRefused() {
        assertThatThrownBy(() -> new Field("a", "float", "", "d", ""))
                .hasMessageContaining("was float");
        assertThatThrownBy(() -> new Field("a[0]", "number", "", "d", ""))
                .hasMessageContaining("was \"a[0]\"");
    }

    @Test
    void everyOutcomeIsDescribed() {
        assertThat(Fields.outcomes()).hasSize(SummaryFields.NAMES.size() + 1)
                .allSatisfy(f -> assertThat(f.description()).isNotBlank());
    }
}
