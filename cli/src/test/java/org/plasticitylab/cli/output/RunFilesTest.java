package org.plasticitylab.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunFilesTest {
    @Test
    void summaryJsonWritesOutcomesThatDoNotApplyAsNull() throws Exception {
        String text = new ObjectMapper().writeValueAsString(
                RunFiles.summary(SummaryTableTest.noResponse(), "test"));
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("response_day").isNull()).isTrue();
        assertThat(json.get("relapse_day").isNull()).isTrue();
        assertThat(json.get("days_to_relapse").isNull()).isTrue();
        assertThat(json.get("responded").asBoolean(true)).isFalse();
        assertThat(json.get("peak_improvement").isNumber()).isTrue();
        assertThat(text).doesNotContain("NaN");
    }

    @Test
    void summaryJsonSaysWhetherTheRunResponded() {
        assertThat(RunFiles.summary(SummaryTableTest.relapsed(), "test").get("responded")
                .asBoolean()).isTrue();
    }

    @Test
    void aCsvCellOfAnOutcomeThatDoesNotApplyIsEmpty() {
        assertThat(Csv.line(MissingValues.cells(List.of(Double.NaN, 1.5, 2.0))))
                .isEqualTo(",1.5,2\n");
    }
}
