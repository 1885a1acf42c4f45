package org.plasticitylab.viz.explorer;

/**
 * What the network view remembers of the sampled synapses from one picture to the next: which
 * it showed, and how many pictures ago each one last formed or was pruned, so that a new
 * synapse flashes and a lost one fades out over {@link #FADE_PICTURES} pictures. Counting
 * pictures rather than seconds keeps the marks on screen while the model is paused or stepped
 * by hand, where a student looks at them longest.
 */
final class SynapseTurnover {
    /** Pictures over which a change stays marked: about half a second while playing. */
    static final int FADE_PICTURES = 10;
    private boolean[] shown = new boolean[0];
    private int[] age = new int[0];

    /** Takes the next picture of {@code sample}; the first one of a run marks no change. */
    void update(SynapseSample sample) {
        if (shown.length != sample.size()) {
            shown = new boolean[sample.size()];
            age = new int[sample.size()];
            for (int i = 0; i < shown.length; i++) {
                shown[i] = sample.present(i);
                age[i] = FADE_PICTURES;
            }
            return;
        }
        for (int i = 0; i < shown.length; i++) {
            if (sample.present(i) != shown[i]) {
                shown[i] = sample.present(i);
                age[i] = 0;
            } else if (age[i] < FADE_PICTURES) {
                age[i]++;
            }
        }
    }

    /** Forgets every picture, as when the run restarts, so the next one marks no change. */
    void forget() {
        shown = new boolean[0];
        age = new int[0];
    }

    /** Whether sampled synapse {@code i} is there in the latest picture. */
    boolean present(int i) {
        return shown[i];
    }

    /**
     * How fresh the last change of synapse {@code i} is: 1 in the picture where it formed or
     * was pruned, falling to 0 after {@link #FADE_PICTURES} pictures.
     */
    double freshness(int i) {
        return 1 - age[i] / (double) FADE_PICTURES;
    }

    /** Sampled synapses that formed (or, with {@code formed} false, were lost) still marked. */
    int marked(boolean formed) {
        int n = 0;
        for (int i = 0; i < shown.length; i++) {
            n += shown[i] == formed && age[i] < FADE_PICTURES ? 1 : 0;
        }
        return n;
    }

    /** Sampled slots holding a synapse in the latest picture. */
    int there() {
        int n = 0;
        for (boolean b : shown) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Number of sampled slots in the latest picture, 0 before the first. */
    int size() {
        return shown.length;
    }
}
