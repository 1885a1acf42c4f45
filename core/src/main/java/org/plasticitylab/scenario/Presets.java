package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped scenarios of MODEL.md. Stress is 0.8 throughout unless a preset says otherwise;
 * treatment starts on day 42; the series, therapy-only and series-plus-therapy presets share
 * their schedules so that they compare cleanly.
 */
public final class Presets {
    /** Chronic stress level of the presets. */
    public static final double STRESS = 0.8;
    /** Day the treatments start. */
    public static final double TREATMENT_DAY = 42;
    /** Dose days of the induction series (six infusions over about two weeks). */
    public static final List<Double> SERIES_DAYS = List.of(42.0, 44.0, 46.0, 49.0, 51.0, 53.0);
    /** Therapy during the series: 2 h every 2 days from day 42 to day 54. */
    public static final TherapySchedule SERIES_THERAPY = new TherapySchedule(42, 2, 7, 2);

    /** Length of the maintenance preset: 26 weeks. */
    public static final double MAINTENANCE_DAYS = 26 * 7;
    /** Day the stress ends in the stress-relief preset. */
    public static final double RELIEF_DAY = 56;

    private static final Map<String, Scenario> ALL = build();

    private Presets() {
    }

    /**
     * Preset names in display order.
     *
     * @return an unmodifiable list of names
     */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * The preset of that name, if there is one.
     *
     * @param name preset name, as in {@link #names()}
     * @return the preset, or empty
     */
    public static Optional<Scenario> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /**
     * The preset of that name.
     *
     * @param name preset name, as in {@link #names()}
     * @return the preset
     * @throws IllegalArgumentException naming the known presets if there is none of that name
     */
    public static Scenario get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no preset named \"" + name + "\"; presets are " + names()));
    }

    private static Map<String, Scenario> build() {
        Map<String, Scenario> m = new LinkedHashMap<>();
        put(m, Scenario.builder("healthy")
                .description("No stress: synapses turn over but the network keeps both memories."));
        put(m, stressed("chronic-stress")
                .description("Stress 0.8 from day 0: pruning and a network locked into the negative"
                        + " pattern."));
        put(m, stressed("ketamine-single")
                .description("Chronic stress with one NMDA-block dose on day 42.")
                .treatment(NmdaBlock.standard(TREATMENT_DAY)));
        put(m, stressed("ketamine-series")
                .description("Chronic stress with six NMDA-block doses over two weeks from day 42.")
                .treatment(series()));
        put(m, stressed("therapy-only")
                .description("Chronic stress with 2 h of therapy every 2 days from day 42, no"
                        + " drug.")
                .therapy(SERIES_THERAPY));
        put(m, stressed("ketamine-series-therapy")
                .description("Six NMDA-block doses over two weeks with therapy every other day.")
                .treatment(series())
                .therapy(SERIES_THERAPY));
        put(m, Scenario.builder("maintenance")
                .days(MAINTENANCE_DAYS)
                .stress(0, MAINTENANCE_DAYS, STRESS)
                .description("Series with therapy, then a booster dose every two weeks and"
                        + " weekly therapy, for 26 weeks.")
                .treatment(new NmdaBlock(0.5, 40, maintenanceDays()))
                .therapy(SERIES_THERAPY)
                .therapy(new TherapySchedule(60, 7, 18, 2)));
        put(m, Scenario.builder("sustain")
                .days(MAINTENANCE_DAYS)
                .stress(0, MAINTENANCE_DAYS, STRESS)
                .description("Esketamine nasal spray, 56 mg, on SUSTAIN-1's schedule (twice"
                        + " weekly for 4 weeks, weekly for 4 weeks, then every other week) with"
                        + " the therapy of maintenance, for 26 weeks.")
                .treatment(EsketamineNasal.standard(56, sustainDays()))
                .therapy(SERIES_THERAPY)
                .therapy(new TherapySchedule(60, 7, 18, 2)));
        put(m, stressed("ssri-like")
                .description("Chronic stress with a monoaminergic (SSRI-like) course from day 42.")
                .treatment(new Monoaminergic(TREATMENT_DAY, 84)));
        put(m, Scenario.builder("stress-relief")
                .days(RELIEF_DAY + 84)
                .stress(0, RELIEF_DAY, STRESS)
                .description("Stress 0.8 until day 56, then none and no treatment: how the"
                        + " network recovers on its own."));
        return m;
    }

    private static ScenarioBuilder stressed(String name) {
        return Scenario.builder(name).stress(0, 84, STRESS);
    }

    /** The series, then a booster every two weeks from day 67 to the end. */
    private static List<Double> maintenanceDays() {
        List<Double> days = new ArrayList<>(SERIES_DAYS);
        for (double day = 67; day < MAINTENANCE_DAYS; day += 14) {
            days.add(day);
        }
        return days;
    }

    /**
     * SUSTAIN-1's schedule from day 42: twice weekly (3 and 4 days apart) for 4 weeks, weekly
     * for 4 weeks, then every other week to the end.
     */
    private static List<Double> sustainDays() {
        List<Double> days = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            days.add(TREATMENT_DAY + 7 * week);
            days.add(TREATMENT_DAY + 7 * week + 3);
        }
        for (int week = 4; week < 8; week++) {
            days.add(TREATMENT_DAY + 7 * week);
        }
        for (double day = TREATMENT_DAY + 7 * 9; day < MAINTENANCE_DAYS; day += 14) {
            days.add(day);
        }
        return days;
    }

    private static NmdaBlock series() {
        return new NmdaBlock(0.5, 40, SERIES_DAYS);
    }

    private static void put(Map<String, Scenario> m, ScenarioBuilder b) {
        Scenario s = b.build();
        m.put(s.name(), s);
    }
}
