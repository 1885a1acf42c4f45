package org.plasticitylab.viz.explorer;

import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.TreatmentEvent;
import org.plasticitylab.viz.data.ScenarioEvents;

/**
 * The main parameters the explorer lets a user change, and how they turn a base scenario into
 * the scenario that runs. Only the parts whose settings differ from the base are rebuilt, so an
 * untouched preset runs exactly as shipped (e.g. its irregular dose days), and a change of the
 * dose alone keeps every dose's own day. The doses are those of the base's {@link DoseSetting}:
 * its first dosed treatment's type (NMDA block or esketamine spray), or the NMDA block without
 * one. Pure: no Swing, so a test can build a scenario exactly as the explorer does.
 *
 * @param days simulated days
 * @param seed random seed
 * @param neurons network size (multiple of 4)
 * @param treatmentStartDay first dose, first therapy session and start of the SSRI-like course
 * @param stress chronic stress
 * @param doses doses of the base's dosed treatment type
 * @param therapy therapy sessions
 * @param ssriLike whether an SSRI-like course runs from the treatment start to the end
 */
public record ExplorerSettings(double days, long seed, int neurons, double treatmentStartDay,
        Stress stress, Doses doses, Therapy therapy, boolean ssriLike) {
    /** Hours of each therapy session the explorer schedules. */
    public static final double SESSION_HOURS = 2;
    /** Days of therapy the explorer schedules when there are no doses to pair it with. */
    public static final double THERAPY_WITHOUT_DOSES_DAYS = 14;
    /** Treatment start used when a scenario has none (the presets' day 42). */
    public static final double DEFAULT_TREATMENT_DAY = 42;

    /**
     * Chronic stress from {@code fromDay} to {@code toDay} at {@code level}; level 0 = none.
     *
     * @param level stress level in [0, 1]
     * @param fromDay first day
     * @param toDay last day (exclusive)
     */
    public record Stress(double level, double fromDay, double toDay) {
    }

    /**
     * Evenly spaced doses starting on the treatment day; count 0 = no drug.
     *
     * @param amount dose per dose day, in the unit of the base's {@link DoseSetting} (mg/kg,
     *     mg)
     * @param count number of doses
     * @param intervalDays days between dose starts
     */
    public record Doses(double amount, int count, double intervalDays) {
    }

    /**
     * Therapy sessions of {@link #SESSION_HOURS} h from the treatment day.
     *
     * @param on whether there is therapy
     * @param everyDays days between sessions
     */
    public record Therapy(boolean on, double everyDays) {
    }

    /**
     * The settings that describe {@code s} (the first stress period, dose series, therapy).
     *
     * @param s the scenario to describe
     * @return the settings the explorer's form shows for it
     */
    public static ExplorerSettings of(Scenario s) {
        double start = ScenarioEvents.firstTreatmentDay(s)
                .orElse(Math.min(DEFAULT_TREATMENT_DAY, Math.floor(s.days() / 2)));
        Stress stress = s.stress().isEmpty() ? new Stress(0, 0, s.days())
                : new Stress(s.stress().get(0).level(), s.stress().get(0).fromDay(),
                        s.stress().get(0).toDay());
        DoseSetting dosed = DoseSetting.of(s);
        List<Double> days = doseDays(s, dosed.type());
        int n = days.size();
        double interval = n > 1 ? Math.round((days.get(n - 1) - days.get(0)) / (n - 1) * 10)
                / 10.0 : 2;
        Doses doses = new Doses(dosed.amount(), n, interval);
        Therapy therapy = s.therapy().isEmpty() ? new Therapy(false, 2)
                : new Therapy(true, s.therapy().get(0).everyDays());
        boolean ssri = s.treatments().stream().anyMatch(t -> t instanceof Monoaminergic);
        return new ExplorerSettings(s.days(), s.seed(), s.network().neurons(), start, stress,
                doses, therapy, ssri);
    }

    /**
     * The scenario to run: {@code base} with every changed part rebuilt from these settings.
     *
     * @param base the scenario the settings were taken from
     * @return the scenario to run
     * @throws IllegalArgumentException naming the setting, if the result is not a valid scenario
     */
    public Scenario apply(Scenario base) {
        ExplorerSettings was = of(base);
        boolean startMoved = treatmentStartDay != was.treatmentStartDay || days != was.days;
        ScenarioBuilder b = base.toBuilder().days(days).seed(seed);
        if (neurons != was.neurons) {
            b.network(new NetworkSpec(neurons,
                    fittingCandidates(neurons, base.network().candidateSynapsesPerNeuron())));
        }
        if (!stress.equals(was.stress) || days != was.days) {
            b.clearStress();
            if (stress.level() > 0) {
                b.stress(stress.fromDay(), Math.min(stress.toDay(), days), stress.level());
            }
        }
        DoseSetting dosed = DoseSetting.of(base);
        List<Treatment> treatments = new ArrayList<>(base.treatments());
        boolean onlyAmount = !startMoved && doses.count() == was.doses.count()
                && doses.intervalDays() == was.doses.intervalDays();
        if (!doses.equals(was.doses) && onlyAmount) {
            // Only the amount changed: every dose keeps its own day (an irregular series
            // stays irregular).
            treatments = new ArrayList<>(dosed.given(treatments, doses.amount()));
        } else if (!doses.equals(was.doses) || startMoved) {
            List<Treatment> given = List.copyOf(treatments);
            treatments.removeIf(t -> t.type().equals(dosed.type()));
            if (doses.count() > 0) {
                treatments.add(dosed.rescheduled(given, doses.amount(), doseDays(), days));
            }
        }
        if (ssriLike != was.ssriLike || startMoved) {
            treatments.removeIf(t -> t instanceof Monoaminergic);
            if (ssriLike) {
                treatments.add(new Monoaminergic(treatmentStartDay, days));
            }
        }
        b.clearTreatments();
        treatments.forEach(b::treatment);
        if (!therapy.equals(was.therapy) || !doses.equals(was.doses) && !onlyAmount
                || startMoved) {
            b.clearTherapy();
            if (therapy.on()) {
                b.therapy(therapySchedule());
            }
        }
        return b.build();
    }

    /** Dose start days: {@code count} days from the treatment start, {@code interval} apart. */
    List<Double> doseDays() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < doses.count(); i++) {
            out.add(treatmentStartDay + i * doses.intervalDays());
        }
        return out;
    }

    /** Sessions over the dosing period (or two weeks without doses), ending before the run. */
    private TherapySchedule therapySchedule() {
        double span = doses.count() > 0 ? (doses.count() - 1) * doses.intervalDays() + 1
                : THERAPY_WITHOUT_DOSES_DAYS;
        int count = (int) Math.floor(span / therapy.everyDays()) + 1;
        while (count > 1 && treatmentStartDay + (count - 1) * therapy.everyDays() >= days) {
            count--;
        }
        return new TherapySchedule(treatmentStartDay, therapy.everyDays(), count, SESSION_HOURS);
    }

    /** The dose days of every treatment of the type, sorted. */
    private static List<Double> doseDays(Scenario s, String type) {
        return s.treatments().stream().filter(t -> t.type().equals(type))
                .flatMap(t -> t.events().stream())
                .filter(e -> e.kind() == TreatmentEvent.Kind.DOSE).map(TreatmentEvent::day)
                .sorted().toList();
    }

    /** The base's candidate slots per unit, reduced until a network of this size can hold them. */
    static int fittingCandidates(int neurons, int wanted) {
        int k = wanted;
        int region = neurons / 4;
        while (k > 5 && (NetworkSpec.ownRegionSlots(k) > region - 1
                || k - NetworkSpec.ownRegionSlots(k) > neurons - region)) {
            k--;
        }
        return k;
    }
}
