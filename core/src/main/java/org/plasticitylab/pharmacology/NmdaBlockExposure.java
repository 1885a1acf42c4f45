package org.plasticitylab.pharmacology;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plasticitylab.files.BoundedInput;

/**
 * Plasma concentration and NMDA-receptor occupancy over a run, from every infusion of every
 * NMDA-block treatment. The network step asks for the mean occupancy over its interval; inside,
 * the exact PK solution is stepped in sub-intervals of at most {@link #SUBSTEP_HOURS} and split
 * at every infusion start and end, so the result hardly depends on the network step.
 */
public final class NmdaBlockExposure implements Exposure {
    /** Longest PK sub-interval used to average occupancy: one minute. */
    public static final double SUBSTEP_HOURS = 1.0 / 60;
    private static final double NEGLIGIBLE_MG_PER_KG = 1e-12;

    private final TwoCompartmentPk pk;
    private final double ic50;
    /** Infusion start and end times in hours and rates in mg/kg/h, sorted by start. */
    private final double[] starts;
    private final double[] ends;
    private final double[] rates;
    private double timeHours;
    /** The highest infusion end passed by the last {@link #advanceTo}, or null. */
    private DosePeak lastEnd;

    /**
     * An exposure with the given infusions; {@code timeHours} starts at {@code startHours}.
     *
     * @param parameters the drug's pharmacokinetics and IC50
     * @param infusions every infusion of the run, in any order (sorted by start here)
     * @param startHours the clock's start, in hours from day 0 (negative during burn-in)
     */
    public NmdaBlockExposure(PkParameters parameters, List<Infusion> infusions, double startHours) {
        this.pk = new TwoCompartmentPk(parameters);
        this.ic50 = parameters.ic50MgPerL();
        List<Infusion> sorted = new ArrayList<>(infusions);
        sorted.sort((a, b) -> Double.compare(a.startHours(), b.startHours()));
        this.starts = sorted.stream().mapToDouble(Infusion::startHours).toArray();
        this.ends = sorted.stream().mapToDouble(Infusion::endHours).toArray();
        this.rates = sorted.stream().mapToDouble(Infusion::rateMgPerKgPerHour).toArray();
        this.timeHours = startHours;
    }

    /**
     * One infusion: from {@code startHours} for {@code durationHours} at a total dose.
     *
     * @param startHours start in hours from day 0
     * @param durationHours length in hours
     * @param doseMgPerKg total dose in mg/kg
     */
    public record Infusion(double startHours, double durationHours, double doseMgPerKg) {
        /**
         * End of the infusion.
         *
         * @return start plus duration, in hours from day 0
         */
        public double endHours() {
            return startHours + durationHours;
        }

        /**
         * Constant infusion rate.
         *
         * @return dose over duration, in mg/kg per hour
         */
        public double rateMgPerKgPerHour() {
            return doseMgPerKg / durationHours;
        }
    }

    @Override
    public void advance(double fromHours, double untilHours, DrugEffect effect) {
        effect.addOccupancy(advanceTo(untilHours));
    }

    @Override
    public void addNow(double hours, DrugEffect effect) {
        effect.addConcentration(concentrationMgPerL());
        effect.addOccupancy(occupancy());
    }

    /**
     * Advances to {@code untilHours} and returns the time-averaged occupancy over the interval
     * (trapezoid rule on one-minute sub-intervals).
     *
     * @param untilHours end of the interval, in hours from day 0
     * @return the mean occupancy over the interval, 0..1; the current occupancy if the interval
     *     is empty
     */
    public double advanceTo(double untilHours) {
        double integral = 0;
        double span = untilHours - timeHours;
        double occupancyBefore = occupancy();
        lastEnd = null;
        while (timeHours < untilHours) {
            double rate = rateAt(timeHours);
            if (rate == 0 && isDrugFree()) {
                double next = nextStartAfter(timeHours);
                if (next >= untilHours) {
                    timeHours = untilHours;
                    break;
                }
                timeHours = next;
                continue;
            }
            double end = Math.min(untilHours, Math.min(timeHours + SUBSTEP_HOURS,
                    nextBoundaryAfter(timeHours)));
            double h = end - timeHours;
            pk.advance(h, rate);
            double occupancyAfter = occupancy();
            integral += 0.5 * (occupancyBefore + occupancyAfter) * h;
            occupancyBefore = occupancyAfter;
            timeHours = end;
            noteInfusionEnd();
        }
        return span > 0 ? integral / span : occupancy();
    }

    /** Keeps the state at an infusion's end, if the sub-interval just ended there. */
    private void noteInfusionEnd() {
        for (double e : ends) {
            if (e == timeHours && (lastEnd == null
                    || concentrationMgPerL() > lastEnd.concentrationMgPerL())) {
                lastEnd = new DosePeak(timeHours, concentrationMgPerL(), occupancy());
            }
        }
    }

    /**
     * The end of an infusion passed by the last {@link #advanceTo} (sub-intervals are split
     * there, so this is the exact state at the end), the highest if there were several.
     *
     * @return the infusion end, or empty if the last advance passed none
     */
    @Override
    public Optional<DosePeak> lastPeak() {
        return Optional.ofNullable(lastEnd);
    }

    private boolean isDrugFree() {
        return pk.centralMgPerKg() + pk.peripheralMgPerKg() < NEGLIGIBLE_MG_PER_KG;
    }

    private double rateAt(double t) {
        double rate = 0;
        for (int i = 0; i < starts.length && starts[i] <= t; i++) {
            if (t < ends[i]) {
                rate += rates[i];
            }
        }
        return rate;
    }

    private double nextStartAfter(double t) {
        for (double s : starts) {
            if (s > t) {
                return s;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private double nextBoundaryAfter(double t) {
        double next = Double.POSITIVE_INFINITY;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] > t) {
                next = Math.min(next, starts[i]);
            }
            if (ends[i] > t) {
                next = Math.min(next, ends[i]);
            }
        }
        return next;
    }

    /**
     * Current plasma concentration in mg/L.
     *
     * @return the concentration in mg/L
     */
    public double concentrationMgPerL() {
        return pk.concentrationMgPerL();
    }

    /**
     * Current NMDA-receptor occupancy in [0, 1).
     *
     * @return the occupancy
     */
    public double occupancy() {
        return Occupancy.hill(pk.concentrationMgPerL(), ic50);
    }

    /**
     * Current time in hours.
     *
     * @return the clock, in hours from day 0
     */
    public double timeHours() {
        return timeHours;
    }

    @Override
    public void save(DataOutput out) throws IOException {
        out.writeDouble(timeHours);
        out.writeDouble(pk.centralMgPerKg());
        out.writeDouble(pk.peripheralMgPerKg());
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        timeHours = in.readFinite("drug time");
        pk.setState(in.readDouble("central drug", 0, Double.MAX_VALUE),
                in.readDouble("peripheral drug", 0, Double.MAX_VALUE));
    }
}
