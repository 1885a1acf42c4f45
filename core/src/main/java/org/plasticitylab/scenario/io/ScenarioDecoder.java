package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.TreatmentType;
import org.plasticitylab.scenario.TreatmentTypes;

/** Turns a located tree into a Scenario, reporting every problem on the way. */
final class ScenarioDecoder {
    /** Top-level keys: the Scenario components in snake_case. */
    static final List<String> KEYS = RecordCodec.names(Scenario.class);
    /** Longest name: it names folders and files, whose names the file system limits. */
    static final int MAX_NAME_CHARS = 100;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,"
            + (MAX_NAME_CHARS - 1) + "}");

    private final Problems problems;
    private final Values values;
    private final RecordCodec codec;
    private final long availableBytes;

    ScenarioDecoder(Problems problems, long availableBytes) {
        this.problems = problems;
        this.values = new Values(problems);
        this.codec = new RecordCodec(problems);
        this.availableBytes = availableBytes;
    }

    /**
     * The scenario, or null when any problem was reported; a null root is a document that
     * was rejected whole (an alias), whose problem is already reported.
     */
    Scenario decode(JsonNode root) {
        if (root == null) {
            // a top-level YAML alias: the tree has reported it
            return null;
        }
        if (root.isMissingNode()) {
            problems.add("", "file is empty; a scenario needs at least a name");
            return null;
        }
        ObjectNode object = values.object(root, "");
        if (object == null) {
            return null;
        }
        problems.unknownKeys(object, "", KEYS);
        Scenario defaults = Scenario.builder(name(object)).build();
        Object[] args = RecordCodec.componentValues(defaults);
        List<Integer> scalars = readScalars(object, args);
        Scenario checkedScalars = codec.construct(defaults, args, scalars, "");
        double days = checkedScalars != null ? checkedScalars.days() : defaults.days();
        NetworkSpec network = codec.decode(object.get("network"), "network", defaults.network());
        ModelParameters model = codec.decode(object.get("model"), "model", defaults.model());
        List<StressPeriod> stress = entries(object, "stress",
                (node, path) -> codec.decode(node, path, new StressPeriod(0, days, Presets.STRESS)));
        List<Treatment> treatments = entries(object, "treatments",
                (node, path) -> treatment(node, path, days));
        List<TherapySchedule> therapy = entries(object, "therapy",
                (node, path) -> codec.decode(node, path, new TherapySchedule(0, 2, 1, 2)));
        if (checkedScalars != null) {
            ScenarioChecks.stress(stress, days, problems);
            ScenarioChecks.treatments(treatments, days, problems);
            ScenarioChecks.therapy(therapy, days, problems);
            if (network != null) {
                checkMemory(MemoryEstimate.of(network, days, checkedScalars.dtHours(),
                        checkedScalars.sampleEveryHours()));
            }
        }
        if (problems.count() > 0) {
            return null;
        }
        return build(checkedScalars.toBuilder().network(network).model(model), stress, treatments,
                therapy);
    }

    private String name(ObjectNode object) {
        JsonNode node = object.get("name");
        if (node == null) {
            problems.add("", "name is required (it also names the output folder)");
            return "unnamed";
        }
        String name = values.text(node, "name");
        if (name != null && !SAFE_NAME.matcher(name).matches()) {
            problems.add("name", "must be at most " + MAX_NAME_CHARS + " letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit (it names the output folder), was"
                    + " \"" + name + "\"");
        }
        return name != null && SAFE_NAME.matcher(name).matches() ? name : "unnamed";
    }

    /** Reads the plain values into {@code args}; returns the indices read. */
    private List<Integer> readScalars(ObjectNode object, Object[] args) {
        RecordComponent[] components = Scenario.class.getRecordComponents();
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            JsonNode node = object.get(KEYS.get(i));
            if (node == null || type == List.class || type.isRecord() || i == 0) {
                continue;
            }
            Object value = codec.read(type, node, KEYS.get(i), args[i]);
            if (value != null) {
                args[i] = value;
                read.add(i);
            }
        }
        return read;
    }

    private <T> List<T> entries(ObjectNode object, String key,
            BiFunction<JsonNode, String, T> decoder) {
        List<T> result = new ArrayList<>();
        JsonNode node = object.get(key);
        List<JsonNode> elements = node == null ? List.of() : values.list(node, key);
        if (elements != null) {
            for (int i = 0; i < elements.size(); i++) {
                result.add(decoder.apply(elements.get(i), Paths.index(key, i)));
            }
        }
        return result;
    }

    private Treatment treatment(JsonNode node, String path, double days) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        JsonNode typeNode = object.get("type");
        List<String> types = TreatmentTypes.names();
        if (typeNode == null) {
            problems.add(path, "needs a type: " + String.join(" or ", types));
            return null;
        }
        String name = values.text(typeNode, path + ".type");
        if (name == null) {
            return null;
        }
        if (!types.contains(name)) {
            problems.add(path + ".type", Keys.unknown("treatment type", name, types));
            return null;
        }
        TreatmentType<?> type = TreatmentTypes.get(name);
        ObjectNode fields = object.deepCopy();
        fields.remove("type");
        boolean hasDays = RecordCodec.names(type.treatmentClass()).contains("days");
        if (hasDays && !scheduleToDays(fields, path)) {
            return null;
        }
        if (!(type.template(days) instanceof Record template)) {
            throw new IllegalStateException("treatment type " + name + " must be a record, so"
                    + " that its keys follow from its components");
        }
        return (Treatment) codec.decode(fields, path, template);
    }

    /**
     * A treatment with dose days takes either {@code days} or a {@code schedule}, turned into
     * days here; false (with the problem reported) when it has neither or both.
     */
    private boolean scheduleToDays(ObjectNode fields, String path) {
        JsonNode schedule = fields.remove("schedule");
        if (schedule != null && fields.has("days")) {
            problems.add(path + ".schedule", "give either days or schedule, not both");
            return false;
        }
        if (schedule == null && !fields.has("days")) {
            problems.add(path, "needs its dose days: days: [42, 44] or schedule: {first_day: 42,"
                    + " every_days: 2, count: 6}");
            return false;
        }
        if (schedule != null) {
            DoseSchedule s = codec.decode(schedule, path + ".schedule", DoseSchedule.defaults());
            if (s == null) {
                return false;
            }
            ArrayNode days = JsonNodeFactory.instance.arrayNode();
            s.days().forEach(days::add);
            fields.set("days", days);
        }
        return true;
    }

    private void checkMemory(MemoryEstimate estimate) {
        estimate.refusal(availableBytes).ifPresent(reason -> problems.add(
                estimate.dominatedBySamples() ? "days" : "network", reason));
    }

    private Scenario build(ScenarioBuilder builder, List<StressPeriod> stress,
            List<Treatment> treatments, List<TherapySchedule> therapy) {
        stress.forEach(s -> builder.stress(s.fromDay(), s.toDay(), s.level()));
        treatments.forEach(builder::treatment);
        therapy.forEach(builder::therapy);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            problems.add(Problems.explain("", KEYS, e));
            return null;
        }
    }
}
