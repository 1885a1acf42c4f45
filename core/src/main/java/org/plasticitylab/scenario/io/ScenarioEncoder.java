package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Treatment;

/** Turns a Scenario into the tree of its file, in the key order of ARCHITECTURE.md. */
final class ScenarioEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioEncoder() {
    }

    static ObjectNode encode(Scenario s, ModelDetail detail) {
        ObjectNode root = NODES.objectNode();
        root.put("name", s.name());
        root.put("description", s.description());
        root.set("days", RecordCodec.number(s.days()));
        root.put("seed", s.seed());
        root.set("dt_hours", RecordCodec.number(s.dtHours()));
        root.set("burn_in_days", RecordCodec.number(s.burnInDays()));
        root.set("sample_every_hours", RecordCodec.number(s.sampleEveryHours()));
        root.set("network", RecordCodec.encode(s.network(), null));
        root.set("stress", list(s.stress()));
        ArrayNode treatments = root.putArray("treatments");
        for (Treatment t : s.treatments()) {
            ObjectNode node = treatments.addObject().put("type", t.type());
            node.setAll(RecordCodec.encode((Record) t, null));
        }
        root.set("therapy", list(s.therapy()));
        ObjectNode model = RecordCodec.encode(s.model(),
                detail == ModelDetail.CHANGES ? ModelParameters.defaults() : null);
        if (!model.isEmpty()) {
            root.set("model", model);
        }
        return root;
    }

    private static ArrayNode list(List<? extends Record> records) {
        ArrayNode array = NODES.arrayNode();
        records.forEach(r -> array.add(RecordCodec.encode(r, null)));
        return array;
    }
}
