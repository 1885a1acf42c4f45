package org.plasticitylab.plasticity;

/**
 * One kind of turnover event (formation or pruning) in the coming tick, as the geometric jumps
 * of {@link SynapseStep} use it: the chance of no event in the rest of a unit's slots is looked
 * up, so that a draw which ends a unit's jumps costs a comparison, and only a draw that places
 * an event costs a logarithm.
 */
final class EventChance {
    private final double[] noneIn;
    private double logKeep;
    private long noneInUnit32;

    /**
     * @param slotsPerUnit slots per unit, the longest run of slots jumped over
     */
    EventChance(int slotsPerUnit) {
        noneIn = new double[slotsPerUnit + 1];
    }

    /** Sets the chance per slot, {@code p}, for the coming tick. */
    void set(double p) {
        logKeep = SynapseStep.logOneMinus(p);
        double keep = Math.exp(logKeep);
        noneIn[0] = 1;
        for (int r = 1; r < noneIn.length; r++) {
            noneIn[r] = noneIn[r - 1] * keep;
        }
        noneInUnit32 = (long) Math.floor(noneIn[noneIn.length - 1] * 0x1p32);
    }

    /**
     * The first picked slot of a unit's slots {@code [from, last)}, or {@code last} if none,
     * from 32 random bits (held in a long).
     */
    int first(int from, int last, long draw32) {
        return draw32 < noneInUnit32 ? last : jump(from, last, (draw32 + 1) * 0x1p-32);
    }

    /** The next picked slot at or after {@code from}, or {@code last}, from a uniform in (0, 1]. */
    int next(int from, int last, double u) {
        return u <= noneIn[last - from] ? last : jump(from, last, u);
    }

    private int jump(int from, int last, double u) {
        long skip = SynapseStep.gap(logKeep, u);
        return skip >= last - from ? last : from + (int) skip;
    }

    /** Whether 32 random bits mean at least one event in a unit's slots. */
    boolean anyInUnit(long draw32) {
        return draw32 >= noneInUnit32;
    }
}
