package org.plasticitylab.viz.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Scenario;

/**
 * What changed between two runs of the full-run form, in the form's own words: "stress 0.8 ->
 * 0.31", "doses 6 -> 7", so that "Compare with previous" says what the difference is even
 * when both runs carry the same scenario name.
 */
final class SettingsDiff {
    private static final String ARROW = " \u2192 ";
    private static final List<Setting> SETTINGS = List.of(
            new Setting("days", (s, unit) -> Decimals.label(s.days())),
            new Setting("seed", (s, unit) -> Long.toString(s.seed())),
            new Setting("units", (s, unit) -> Integer.toString(s.neurons())),
            new Setting("treatment from day", (s, unit) -> Decimals.label(s.treatmentStartDay())),
            new Setting("stress", (s, unit) -> Decimals.label(s.stress().level())),
            new Setting("stress from day", (s, unit) -> Decimals.label(s.stress().fromDay())),
            new Setting("stress until day", (s, unit) -> Decimals.label(s.stress().toDay())),
            new Setting("doses", (s, unit) -> Integer.toString(s.doses().count())),
            new Setting("dose", (s, unit) -> Decimals.label(s.doses().amount()) + " " + unit),
            new Setting("days between doses",
                    (s, unit) -> Decimals.label(s.doses().intervalDays())),
            new Setting("therapy", (s, unit) -> s.therapy().on() ? "on" : "off"),
            new Setting("days between therapy sessions",
                    (s, unit) -> Decimals.label(s.therapy().everyDays())),
            new Setting("SSRI-like course", (s, unit) -> s.ssriLike() ? "on" : "off"));

    /** A form setting in words, from the settings and the unit of their dose. */
    private record Setting(String name, BiFunction<ExplorerSettings, String, String> value) {
    }

    private SettingsDiff() {
    }

    /**
     * The changes from {@code before} to {@code after}, e.g. "stress 0.8 -> 0.31, doses 6 ->
     * 7"; says so when the form's settings are the same.
     */
    static String describe(Scenario before, Scenario after) {
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add("scenario " + before.name() + ARROW + after.name());
        }
        ExplorerSettings a = ExplorerSettings.of(before);
        ExplorerSettings b = ExplorerSettings.of(after);
        String unitBefore = DoseSetting.of(before).dose().unit();
        String unitAfter = DoseSetting.of(after).dose().unit();
        for (Setting s : SETTINGS) {
            String was = s.value().apply(a, unitBefore);
            String now = s.value().apply(b, unitAfter);
            if (!was.equals(now)) {
                changes.add(s.name() + " " + was + ARROW + now);
            }
        }
        if (!changes.isEmpty()) {
            return String.join(", ", changes);
        }
        return before.equals(after) ? "nothing: the same scenario again"
                : "nothing the form shows (the scenario differs elsewhere)";
    }
}
