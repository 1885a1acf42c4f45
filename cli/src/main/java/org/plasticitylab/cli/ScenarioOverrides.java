package org.plasticitylab.cli;

import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.io.MemoryEstimate;

/** Scenario changes asked for on the command line. */
final class ScenarioOverrides {
    private ScenarioOverrides() {
    }

    /**
     * The scenario lasting {@code days}: stress and treatments are cut at the new end, doses and
     * therapy sessions after it are left out, so that {@code --days 10} shows the first ten days.
     */
    static Scenario withDays(Scenario s, double days) {
        Scenario.Builder b = s.toBuilder().days(days).clearStress().clearTreatments()
                .clearTherapy();
        for (StressPeriod p : s.stress()) {
            if (p.fromDay() < days) {
                b.stress(p.fromDay(), Math.min(p.toDay(), days), p.level());
            }
        }
        for (Treatment t : s.treatments()) {
            if (t instanceof NmdaBlock block) {
                var kept = block.days().stream().filter(d -> d < days).toList();
                if (!kept.isEmpty()) {
                    b.treatment(new NmdaBlock(block.doseMgPerKg(), block.infusionMinutes(), kept));
                }
            } else if (t instanceof Monoaminergic m && m.fromDay() < days) {
                b.treatment(new Monoaminergic(m.fromDay(), Math.min(m.toDay(), days)));
            }
        }
        for (TherapySchedule t : s.therapy()) {
            int count = 0;
            while (count < t.count() && t.firstDay() + count * t.everyDays() < days) {
                count++;
            }
            if (count > 0) {
                b.therapy(new TherapySchedule(t.firstDay(), t.everyDays(), count,
                        t.durationHours()));
            }
        }
        return b.build();
    }

    /** The scenario, if this JVM has the memory to run it. */
    static Scenario checkMemory(Scenario s) {
        MemoryEstimate.of(s).refusal(Runtime.getRuntime().maxMemory()).ifPresent(reason -> {
            throw new UserInputException("scenario " + s.name() + " " + reason);
        });
        return s;
    }
}
