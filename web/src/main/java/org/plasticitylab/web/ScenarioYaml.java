package org.plasticitylab.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.TreatmentType;
import org.plasticitylab.scenario.TreatmentTypes;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.web.YamlTree.Node;

/**
 * Scenario files in the page, in the CLI's format ({@code plasticity show}: the model's
 * numbers left out while they are the defaults). Core's reader and writer use Jackson, which
 * TeaVM does not compile; this one covers the keys of docs/scenario-files.md except
 * {@code model:}, and a test holds it to core's on every preset and on hand-written files.
 */
final class ScenarioYaml {
    private static final List<String> TOP = List.of("name", "description", "days", "seed",
            "dt_hours", "burn_in_days", "sample_every_hours", "network", "model", "stress",
            "treatments", "therapy");

    private ScenarioYaml() {
    }

    /**
     * The scenario file.
     *
     * @param s the scenario, with the model's default numbers
     * @return the YAML text
     * @throws IllegalArgumentException if the scenario changes the model's numbers
     */
    static String write(Scenario s) {
        if (!s.model().equals(ModelParameters.defaults())) {
            throw new IllegalArgumentException("the page writes scenarios with the model's"
                    + " default numbers only; use plasticity show for this one");
        }
        StringBuilder b = new StringBuilder(ScenarioFiles.YAML_HEADER);
        b.append("name: ").append(text(s.name())).append('\n');
        b.append("description: ").append(text(s.description())).append('\n');
        b.append("days: ").append(number(s.days())).append('\n');
        b.append("seed: ").append(s.seed()).append('\n');
        b.append("dt_hours: ").append(number(s.dtHours())).append('\n');
        b.append("burn_in_days: ").append(number(s.burnInDays())).append('\n');
        b.append("sample_every_hours: ").append(number(s.sampleEveryHours())).append('\n');
        b.append("network:\n  neurons: ").append(s.network().neurons())
                .append("\n  candidate_synapses_per_neuron: ")
                .append(s.network().candidateSynapsesPerNeuron()).append('\n');
        b.append(s.stress().isEmpty() ? "stress: []\n" : "stress:\n");
        for (StressPeriod p : s.stress()) {
            b.append("  - from_day: ").append(number(p.fromDay())).append("\n    to_day: ")
                    .append(number(p.toDay())).append("\n    level: ").append(number(p.level()))
                    .append('\n');
        }
        b.append(s.treatments().isEmpty() ? "treatments: []\n" : "treatments:\n");
        for (Treatment t : s.treatments()) {
            b.append("  - type: ").append(t.type()).append('\n');
            for (Map.Entry<String, Object> f : fields(t).entrySet()) {
                b.append("    ").append(f.getKey()).append(':');
                if (f.getValue() instanceof List<?> days) {
                    b.append('\n');
                    days.forEach(d -> b.append("      - ").append(number((Double) d))
                            .append('\n'));
                } else {
                    b.append(' ').append(number((Double) f.getValue())).append('\n');
                }
            }
        }
        b.append(s.therapy().isEmpty() ? "therapy: []\n" : "therapy:\n");
        for (TherapySchedule t : s.therapy()) {
            b.append("  - first_day: ").append(number(t.firstDay())).append("\n    every_days: ")
                    .append(number(t.everyDays())).append("\n    count: ").append(t.count())
                    .append("\n    duration_hours: ").append(number(t.durationHours()))
                    .append('\n');
        }
        return b.toString();
    }

    private static <T extends Treatment> Map<String, Object> fields(T treatment) {
        return TreatmentTypes.of(treatment).fields(treatment);
    }

    /**
     * Reads a scenario file.
     *
     * @param yaml the text
     * @return the scenario
     * @throws IllegalArgumentException naming the line and key of the first problem
     */
    static Scenario read(String yaml) {
        Map<String, Node> top = mapping(YamlTree.parse(yaml), "the file", TOP);
        if (top.containsKey("model")) {
            throw YamlTree.error(top.get("model").line(), "model: the page runs the model's"
                    + " default numbers; run a scenario that changes them with the CLI");
        }
        if (!top.containsKey("name")) {
            throw new IllegalArgumentException("name is required (it also names the output"
                    + " folder)");
        }
        ScenarioBuilder b = Scenario.builder(scalar(top.get("name"), "name"));
        Reader r = new Reader(top, "");
        r.text("description", b::description);
        r.number("days", b::days);
        if (top.containsKey("seed")) {
            b.seed(whole(top.get("seed"), "seed"));
        }
        r.number("dt_hours", b::dtHours);
        r.number("burn_in_days", b::burnInDays);
        r.number("sample_every_hours", b::sampleEveryHours);
        if (top.containsKey("network")) {
            Map<String, Node> n = mapping(top.get("network"), "network",
                    List.of("neurons", "candidate_synapses_per_neuron"));
            NetworkSpec d = NetworkSpec.defaults();
            b.network(checked(top.get("network"), "network", () -> new NetworkSpec(
                    n.containsKey("neurons") ? (int) whole(n.get("neurons"), "network.neurons")
                            : d.neurons(),
                    n.containsKey("candidate_synapses_per_neuron")
                            ? (int) whole(n.get("candidate_synapses_per_neuron"),
                                    "network.candidate_synapses_per_neuron")
                            : d.candidateSynapsesPerNeuron())));
        }
        Scenario scalars = checked(top.get("name"), "scenario", b::build);
        for (Entry e : entries(top, "stress", List.of("from_day", "to_day", "level"))) {
            b.stress(e.number("from_day", 0), e.number("to_day", scalars.days()),
                    e.number("level", 0.8));
        }
        for (Entry e : entries(top, "treatments", null)) {
            b.treatment(e.treatment(scalars.days()));
        }
        for (Entry e : entries(top, "therapy", List.of("first_day", "every_days", "count",
                "duration_hours"))) {
            b.therapy(e.checked(() -> new TherapySchedule(e.number("first_day", 0),
                    e.number("every_days", 2), (int) e.whole("count", 1),
                    e.number("duration_hours", 2))));
        }
        return build(top, b);
    }

    /** The whole scenario's checks; a message about a list gets the line of that list. */
    private static Scenario build(Map<String, Node> top, ScenarioBuilder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().split("[\\[. ]", 2)[0];
            throw YamlTree.error(top.getOrDefault(key, top.get("name")).line(), e.getMessage());
        }
    }

    /** Whole numbers as integers ({@code days: 84}), others in plain decimals. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toPlainString();
    }

    /** Plain when it reads back as itself, else double-quoted with JSON escapes. */
    static String text(String s) {
        boolean plain = !s.isEmpty() && s.matches("[A-Za-z][A-Za-z0-9 ._()/+-]*")
                && !s.endsWith(" ") && !s.matches("(?i)(y|n|yes|no|on|off|true|false|null)");
        if (plain) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                b.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static List<Entry> entries(Map<String, Node> top, String key, List<String> keys) {
        List<Entry> entries = new ArrayList<>();
        Node node = top.get(key);
        if (node == null || "".equals(node.value())) {
            return entries;
        }
        if (!(node.value() instanceof List<?> items)) {
            throw YamlTree.error(node.line(), key + " must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            Node item = (Node) items.get(i);
            String path = key + "[" + i + "]";
            entries.add(new Entry(item, path, mapping(item, path, keys)));
        }
        return entries;
    }

    /** The mapping, its keys checked against {@code keys} unless that is null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Node> mapping(Node node, String path, List<String> keys) {
        if (!(node.value() instanceof Map<?, ?> map)) {
            throw YamlTree.error(node.line(), path + " must be a mapping of keys to values");
        }
        Map<String, Node> m = (Map<String, Node>) map;
        if (keys == null) {
            return m;
        }
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw YamlTree.error(e.getValue().line(), (path.equals("the file") ? ""
                        : path + ".") + e.getKey() + ": unknown key; known keys: "
                        + String.join(", ", keys));
            }
        }
        return m;
    }

    static String scalar(Node node, String path) {
        if (!(node.value() instanceof String s)) {
            throw YamlTree.error(node.line(), path + " must be a single value");
        }
        return s;
    }

    static double number(Node node, String path) {
        String s = scalar(node, path);
        try {
            double d = Double.parseDouble(s);
            if (node.quoted() || !s.matches("[-+]?[0-9._eE+-]+")) {
                throw new NumberFormatException(s);
            }
            return d;
        } catch (NumberFormatException e) {
            throw YamlTree.error(node.line(), path + " must be a number, was \"" + s + "\"");
        }
    }

    static long whole(Node node, String path) {
        double d = number(node, path);
        if (d != Math.rint(d) || Math.abs(d) > 1L << 53) {
            throw YamlTree.error(node.line(), path + " must be a whole number, was "
                    + scalar(node, path));
        }
        return (long) d;
    }

    /** Builds a value; a validation message gets the line and key it concerns. */
    static <T> T checked(Node where, String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw YamlTree.error(where.line(), path + ": " + e.getMessage());
        }
    }

    /** The optional scalars of the top level. */
    private record Reader(Map<String, Node> map, String prefix) {
        void text(String key, Consumer<String> to) {
            if (map.containsKey(key)) {
                to.accept(scalar(map.get(key), prefix + key));
            }
        }

        void number(String key, DoubleConsumer to) {
            if (map.containsKey(key)) {
                double value = ScenarioYaml.number(map.get(key), prefix + key);
                checked(map.get(key), prefix + key, () -> {
                    to.accept(value);
                    return value;
                });
            }
        }
    }

    /** One element of a list: a stress period, a treatment or a therapy schedule. */
    private record Entry(Node node, String path, Map<String, Node> map) {
        double number(String key, double otherwise) {
            return map.containsKey(key) ? ScenarioYaml.number(map.get(key), path + "." + key)
                    : otherwise;
        }

        long whole(String key, long otherwise) {
            return map.containsKey(key) ? ScenarioYaml.whole(map.get(key), path + "." + key)
                    : otherwise;
        }

        <T> T checked(Supplier<T> build) {
            return ScenarioYaml.checked(node, path, build);
        }

        /** A treatment of any registered type, its keys those of its type's fields. */
        Treatment treatment(double days) {
            List<String> names = TreatmentTypes.names();
            if (!map.containsKey("type")) {
                throw YamlTree.error(node.line(), path + " needs a type: "
                        + String.join(" or ", names));
            }
            String name = scalar(map.get("type"), path + ".type");
            if (!names.contains(name)) {
                throw YamlTree.error(map.get("type").line(), path + ".type: unknown treatment"
                        + " type \"" + name + "\"; known types: " + String.join(", ", names));
            }
            TreatmentType<?> type = TreatmentTypes.get(name);
            Map<String, Object> template = templateFields(type, days);
            List<String> keys = new ArrayList<>(List.of("type"));
            keys.addAll(template.keySet());
            if (template.containsKey("days")) {
                keys.add("schedule");
            }
            only(keys);
            Map<String, Object> given = new LinkedHashMap<>();
            for (String key : template.keySet()) {
                if (key.equals("days")) {
                    given.put(key, doseDays());
                } else if (map.containsKey(key)) {
                    given.put(key, number(key, 0));
                }
            }
            return checked(() -> type.fromFields(given, days));
        }

        private static <T extends Treatment> Map<String, Object> templateFields(
                TreatmentType<T> type, double days) {
            return type.fields(type.template(days));
        }

        private List<Double> doseDays() {
            if (map.containsKey("days") == map.containsKey("schedule")) {
                throw YamlTree.error(node.line(), path + " needs its dose days, either days:"
                        + " [42, 44] or schedule: {first_day: 42, every_days: 2, count: 6}");
            }
            List<Double> days = new ArrayList<>();
            if (map.containsKey("days")) {
                Node list = map.get("days");
                if (!(list.value() instanceof List<?> items)) {
                    throw YamlTree.error(list.line(), path + ".days must be a list of days");
                }
                for (int i = 0; i < items.size(); i++) {
                    days.add(ScenarioYaml.number((Node) items.get(i), path + ".days[" + i + "]"));
                }
                return days;
            }
            Entry s = new Entry(map.get("schedule"), path + ".schedule",
                    mapping(map.get("schedule"), path + ".schedule",
                            List.of("first_day", "every_days", "count")));
            long count = s.whole("count", 1);
            double every = s.number("every_days", 1);
            if (count < 1 || every <= 0) {
                throw YamlTree.error(s.node().line(), s.path() + ": count must be >= 1 and"
                        + " every_days > 0");
            }
            for (long i = 0; i < count; i++) {
                days.add(s.number("first_day", 0) + i * every);
            }
            return days;
        }

        private void only(List<String> keys) {
            for (Map.Entry<String, Node> e : map.entrySet()) {
                if (!keys.contains(e.getKey())) {
                    throw YamlTree.error(e.getValue().line(), path + "." + e.getKey()
                            + ": not a key of this treatment type; its keys: "
                            + String.join(", ", keys));
                }
            }
        }
    }
}
