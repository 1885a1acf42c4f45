package org.plasticitylab.internal;

/**
 * A network's synapses in flat primitive arrays (no object per synapse), for the engine's
 * passes; the network's public API reads them one value at a time. Unit {@code i} owns the slots
 * {@code [i * k, (i + 1) * k)}; slot {@code s} holds the presynaptic unit {@code pre[s]}, the
 * weight {@code weight[s]} and {@code present[s]} (1 = spine, 0 = empty slot). Empty slots
 * always hold weight 0, so an activity sum may run over all slots.
 *
 * <p>An index of the present slots lets a pass skip empty ones, which are most slots under
 * stress: in unit i's block {@code [i * k, i * k + presentCount(i))}, {@link #presentSlots}
 * holds the unit's present slots in ascending order, so a sum over them adds in the same order
 * as a sum over all slots, and {@link #presentPre} their presynaptic units; the rest of each
 * block is stale. {@link #form} and {@link #prune} keep both up to date. A slot costs 17 bytes.
 */
public final class SynapseStore {
    /** Presynaptic unit per slot, fixed by the wiring. */
    public final int[] pre;
    /** Weight per slot, 0 for empty slots. */
    public final float[] weight;
    /** 1 where the slot holds a synapse; change it through form and prune, or reindex after. */
    public final byte[] present;
    /** The index of present slots, per unit block. */
    public final int[] presentSlots;
    /** {@code pre[presentSlots[j]]}, kept beside the index so a pass reads it in order. */
    public final int[] presentPre;
    /** Candidate slots per unit ({@code k}). */
    public final int slotsPerUnit;
    private final int[] presentPerUnit;

    /**
     * A store with every slot empty.
     *
     * @param pre presynaptic unit per slot, units times {@code slotsPerUnit} long; kept, not
     *     copied
     * @param slotsPerUnit candidate slots per unit
     */
    public SynapseStore(int[] pre, int slotsPerUnit) {
        this.pre = pre;
        this.slotsPerUnit = slotsPerUnit;
        this.weight = new float[pre.length];
        this.present = new byte[pre.length];
        this.presentSlots = new int[pre.length];
        this.presentPre = new int[pre.length];
        this.presentPerUnit = new int[pre.length / slotsPerUnit];
    }

    /**
     * Rebuilds the index of present slots and the counts per unit from {@link #present}, after
     * the flags were overwritten wholesale (as when a network is wired or a checkpoint restored).
     */
    public void reindex() {
        for (int unit = 0; unit < presentPerUnit.length; unit++) {
            int next = unit * slotsPerUnit;
            for (int s = next, end = next + slotsPerUnit; s < end; s++) {
                if (present[s] != 0) {
                    presentPre[next] = pre[s];
                    presentSlots[next++] = s;
                }
            }
            presentPerUnit[unit] = next - unit * slotsPerUnit;
        }
    }

    /**
     * Grows a synapse in an empty slot, keeping the index sorted.
     *
     * @param slot an empty slot
     * @param w the new synapse's weight
     * @throws IllegalStateException if the slot already holds a synapse
     */
    public void form(int slot, float w) {
        if (present[slot] != 0) {
            throw new IllegalStateException("slot " + slot + " already holds a synapse");
        }
        int unit = slot / slotsPerUnit;
        int first = unit * slotsPerUnit;
        int j = first + presentPerUnit[unit];
        for (; j > first && presentSlots[j - 1] > slot; j--) {
            presentSlots[j] = presentSlots[j - 1];
            presentPre[j] = presentPre[j - 1];
        }
        presentSlots[j] = slot;
        presentPre[j] = pre[slot];
        presentPerUnit[unit]++;
        present[slot] = 1;
        weight[slot] = w;
    }

    /**
     * Removes the synapse of a slot, leaving it empty with weight 0.
     *
     * @param slot a slot that holds a synapse
     * @throws IllegalStateException if the slot is empty
     */
    public void prune(int slot) {
        if (present[slot] == 0) {
            throw new IllegalStateException("slot " + slot + " holds no synapse");
        }
        int unit = slot / slotsPerUnit;
        int first = unit * slotsPerUnit;
        int end = first + presentPerUnit[unit];
        int j = first;
        while (presentSlots[j] != slot) {
            j++;
        }
        System.arraycopy(presentSlots, j + 1, presentSlots, j, end - j - 1);
        System.arraycopy(presentPre, j + 1, presentPre, j, end - j - 1);
        presentPerUnit[unit]--;
        present[slot] = 0;
        weight[slot] = 0f;
    }

    /**
     * Number of present synapses onto one unit.
     *
     * @param unit the unit
     * @return the count
     */
    public int presentCount(int unit) {
        return presentPerUnit[unit];
    }
}
