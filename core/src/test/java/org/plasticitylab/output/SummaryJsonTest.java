package org.plasticitylab.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class SummaryJsonTest {
    private static final Scenario SMALL = Scenario.builder("small")
            .description("Quotes \" and \\ and a tab\there, \u0001 and Störung.")
            .days(6).burnInDays(1).network(new NetworkSpec(60, 20)).stress(0, 6, 0.8)
            .treatment(NmdaBlock.standard(2.0)).build();
    private static final Result RUN = Simulation.run(SMALL);
    /** The way summary.json was written before it moved to core: Jackson's pretty printer. */
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Test
    void theBytesAreThoseJacksonsPrettyPrinterWrote() throws Exception {
        for (boolean filesComplete : new boolean[] {true, false}) {
            assertThat(SummaryJson.write(RUN, "1.2.3", filesComplete))
                    .isEqualTo(JACKSON.writeValueAsString(jackson(RUN, "1.2.3", filesComplete))
                            + "\n");
        }
    }

    @Test
    void outcomesThatDoNotApplyAreNullAndTheRunSaysItDidNotRespond() throws Exception {
        List<Double> values = new ArrayList<>(SummaryFields.values(RUN.summary()));
        values.set(SummaryFields.NAMES.indexOf("response_day"), Double.NaN);
        values.set(SummaryFields.NAMES.indexOf("relapse_day"), Double.NaN);
        Result none = new Result(SMALL, RUN.series(), SummaryFields.summary(values), true, 0);
        String text = SummaryJson.write(none, "test", true);
        JsonNode json = JACKSON.readTree(text);
        assertThat(json.get("response_day").isNull()).isTrue();
        assertThat(json.get("relapse_day").isNull()).isTrue();
        assertThat(json.get("responded").asBoolean(true)).isFalse();
        assertThat(text).doesNotContain("NaN");
        assertThat(text).isEqualTo(JACKSON.writeValueAsString(jackson(none, "test", true)) + "\n");
    }

    @Test
    void aRunWithAResponseSaysSo() throws Exception {
        List<Double> values = new ArrayList<>(SummaryFields.values(RUN.summary()));
        values.set(SummaryFields.NAMES.indexOf("response_day"), 3.0);
        Result responded = new Result(SMALL, RUN.series(), SummaryFields.summary(values), true,
                0);
        assertThat(JACKSON.readTree(SummaryJson.write(responded, "test", true))
                .get("responded").asBoolean(false)).isTrue();
    }

    private static ObjectNode jackson(Result result, String version, boolean filesComplete) {
        Scenario s = result.scenario();
        ObjectNode node = JACKSON.createObjectNode().put("scenario", s.name())
                .put("description", s.description()).put("seed", s.seed())
                .put("days", Decimals.decimal(s.days())).put("neurons", s.network().neurons())
                .put("completed", result.completed() && filesComplete)
                .put("run_time_ms", result.elapsedMillis()).put("version", version);
        List<Double> values = SummaryFields.values(result.summary());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isNaN()) {
                node.putNull(SummaryFields.NAMES.get(i));
            } else {
                node.put(SummaryFields.NAMES.get(i), values.get(i));
            }
        }
        return node.put(SummaryFields.RESPONDED, result.summary().responded())
                .put("disclaimer", Explanation.DISCLAIMER);
    }
}
