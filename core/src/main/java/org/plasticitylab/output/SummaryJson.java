package org.plasticitylab.output;

import java.util.List;
import java.util.Locale;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;

/**
 * {@code summary.json}: what produced a run, its key outcomes, whether it responded and the
 * disclaimer. An outcome that does not apply (no response, no relapse) is {@code null}. Laid out
 * as the files have always been (two-space indent, {@code "key" : value}), written by hand so
 * that the browser build writes the same bytes as the command line.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    /**
     * The text of {@code summary.json}, ending in a newline.
     *
     * @param result the run
     * @param version the Plasticity Lab version to record
     * @param filesComplete whether every other file of the run is written; {@code "completed"}
     *     is true only if this is and the run reached its last step
     * @return the JSON text
     */
    public static String write(Result result, String version, boolean filesComplete) {
        Scenario s = result.scenario();
        Summary summary = result.summary();
        StringBuilder b = new StringBuilder("{");
        field(b, "scenario", string(s.name()));
        field(b, "description", string(s.description()));
        field(b, "seed", Long.toString(s.seed()));
        field(b, "days", Decimals.file(s.days()));
        field(b, "neurons", Integer.toString(s.network().neurons()));
        field(b, "completed", Boolean.toString(result.completed() && filesComplete));
        field(b, "run_time_ms", Long.toString(result.elapsedMillis()));
        field(b, "version", string(version));
        List<Double> values = SummaryFields.values(summary);
        for (int i = 0; i < values.size(); i++) {
            field(b, SummaryFields.NAMES.get(i), number(values.get(i)));
        }
        field(b, SummaryFields.RESPONDED, Boolean.toString(summary.responded()));
        field(b, "disclaimer", string(Explanation.DISCLAIMER));
        return b.append("\n}\n").toString();
    }

    private static void field(StringBuilder b, String name, String json) {
        b.append(b.length() > 1 ? ",\n  " : "\n  ").append(string(name)).append(" : ")
                .append(json);
    }

    /** Every digit, as {@link Double#toString}; NaN is null, an infinity a quoted word. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "null";
        }
        return Double.isInfinite(value) ? string(Double.toString(value))
                : Double.toString(value);
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
    static String string(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                        b.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
